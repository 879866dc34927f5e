namespace Asivado.Gateway.Authentication;

internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "No Authentication:SigningKey is configured: generated a random development key. Tokens will not survive a restart and no other instance can validate them; configure a base64 key of at least 32 bytes in production.")]
    public static partial void GeneratedSigningKey(this ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Issued an access token for {Subject} with role {Role}, valid until {ExpiresAt}.")]
    public static partial void IssuedToken(this ILogger logger, string subject, string role, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Demo sign-in is enabled: POST /api/auth/demo-sign-in issues a token for any person of the organisation. Turn Authentication:DemoSignIn off outside development.")]
    public static partial void DemoSignInEnabled(this ILogger logger);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Access token refused: {Reason}.")]
    public static partial void TokenRefused(this ILogger logger, string reason);
}
