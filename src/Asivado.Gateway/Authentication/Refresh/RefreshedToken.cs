namespace Asivado.Gateway.Authentication.Refresh;

/// <param name="Role">The token's role claim: agent, lead, manager or admin.</param>
public sealed record RefreshedToken(string AccessToken, DateTimeOffset ExpiresAt, string PersonId, string Role, string DepartmentId);
