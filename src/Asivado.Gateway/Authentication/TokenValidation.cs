using Microsoft.IdentityModel.Tokens;

namespace Asivado.Gateway.Authentication;

/// <summary>What makes an access token valid: our issuer and audience, our key, and a lifetime checked on the host's clock.</summary>
public static class TokenValidation
{
    /// <summary>Tolerance for clocks of other instances; tokens are issued and checked on the same clock here.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <remarks>
    /// The lifetime is checked against <paramref name="time"/> rather than the library's DateTime.UtcNow, so that
    /// the host's TimeProvider (a fake one in tests) both issues and validates tokens.
    /// </remarks>
    public static TokenValidationParameters Parameters(TokenSigningKey signingKey, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentNullException.ThrowIfNull(time);
        return new TokenValidationParameters
        {
            ValidIssuer = TokenClaims.Issuer,
            ValidAudience = TokenClaims.Audience,
            IssuerSigningKey = signingKey.Key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(time.GetUtcNow(), notBefore, expires),
            NameClaimType = TokenClaims.Name,
            RoleClaimType = TokenClaims.Role,
        };
    }

    public static bool IsWithinLifetime(DateTimeOffset now, DateTime? notBefore, DateTime? expires)
    {
        if (expires is null || now - ClockSkew >= new DateTimeOffset(DateTime.SpecifyKind(expires.Value, DateTimeKind.Utc)))
        {
            return false;
        }

        return notBefore is null || now + ClockSkew >= new DateTimeOffset(DateTime.SpecifyKind(notBefore.Value, DateTimeKind.Utc));
    }
}
