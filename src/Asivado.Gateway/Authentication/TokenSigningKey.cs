using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Asivado.Gateway.Authentication;

/// <summary>The one symmetric key that signs and validates access tokens (HMAC-SHA256).</summary>
public sealed class TokenSigningKey
{
    public const int MinimumBytes = 32;

    private TokenSigningKey(SymmetricSecurityKey key, bool generated)
    {
        Key = key;
        IsGenerated = generated;
    }

    public SymmetricSecurityKey Key { get; }

    /// <summary>True when no key was configured and this one was made at start-up.</summary>
    public bool IsGenerated { get; }

    public SigningCredentials SigningCredentials => new(Key, SecurityAlgorithms.HmacSha256);

    /// <exception cref="InvalidOperationException">The configured key is not base64 or shorter than <see cref="MinimumBytes"/> bytes.</exception>
    public static TokenSigningKey Create(IOptions<GatewayAuthenticationOptions> options, ILogger<TokenSigningKey> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var configured = options.Value.SigningKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            logger.GeneratedSigningKey();
            return new TokenSigningKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(MinimumBytes)), generated: true);
        }

        return new TokenSigningKey(new SymmetricSecurityKey(Decode(configured)), generated: false);
    }

    /// <summary>Decodes and checks a configured key.</summary>
    /// <exception cref="InvalidOperationException">Not base64, or shorter than <see cref="MinimumBytes"/> bytes.</exception>
    public static byte[] Decode(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException("Authentication:SigningKey must be base64 (e.g. the output of `openssl rand -base64 32`).", exception);
        }

        if (bytes.Length < MinimumBytes)
        {
            throw new InvalidOperationException($"Authentication:SigningKey must decode to at least {MinimumBytes} bytes; it has {bytes.Length}.");
        }

        return bytes;
    }
}
