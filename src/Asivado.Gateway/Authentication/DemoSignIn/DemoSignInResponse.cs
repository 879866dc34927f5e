namespace Asivado.Gateway.Authentication.DemoSignIn;

/// <param name="Role">The token's role claim: agent, lead, manager or admin.</param>
public sealed record DemoSignInResponse(string AccessToken, DateTimeOffset ExpiresAt, string PersonId, string Role, string DepartmentId);
