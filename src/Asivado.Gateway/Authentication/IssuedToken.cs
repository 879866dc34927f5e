namespace Asivado.Gateway.Authentication;

/// <summary>A signed access token and the instant it stops being valid.</summary>
public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);
