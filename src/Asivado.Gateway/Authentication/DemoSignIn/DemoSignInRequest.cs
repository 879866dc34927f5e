namespace Asivado.Gateway.Authentication.DemoSignIn;

/// <param name="PersonId">A person of the organisation directory.</param>
public sealed record DemoSignInRequest(string? PersonId);
