namespace Asivado.Gateway.Authentication;

/// <summary>Sign-in settings, bound from the "Authentication" configuration section.</summary>
public sealed class GatewayAuthenticationOptions
{
    public const string SectionName = "Authentication";

    /// <summary>
    /// The HMAC-SHA256 key that signs and validates access tokens, base64, at least 32 bytes. When none is
    /// configured a random key is generated at start-up (with a warning): tokens then die with the process
    /// and no other instance can validate them, which is only fit for development.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Offers POST /api/auth/demo-sign-in (and GET /api/auth/demo-people) so that anyone can sign in as a
    /// person of the organisation without a password. Only honoured by the embedded default (no
    /// ConnectionStrings:Asivado). Default: false; true in appsettings.json and appsettings.Development.json.
    /// </summary>
    public bool DemoSignIn { get; set; }

    /// <summary>How long an issued access token is valid. Default: 8 hours.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
