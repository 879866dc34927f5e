using Asivado.Grains.Organisation;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Asivado.Gateway.Authentication;

/// <summary>Issues access tokens (JWT, HMAC-SHA256) on the host's clock, valid for <see cref="GatewayAuthenticationOptions.TokenLifetime"/>.</summary>
public sealed class TokenService(TokenSigningKey signingKey, TimeProvider time, IOptions<GatewayAuthenticationOptions> options, ILogger<TokenService> logger)
{
    private readonly JsonWebTokenHandler _handler = new();

    public IssuedToken Issue(PersonDefinition person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Issue(person.Id, person.Name, GatewayRoles.For(person.Role), person.DepartmentId);
    }

    /// <param name="role">One of <see cref="GatewayRoles"/>.</param>
    /// <exception cref="ArgumentException">A blank subject or name, or an unknown role.</exception>
    public IssuedToken Issue(string subject, string name, string role, string? departmentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!GatewayRoles.TryGetActorRole(role, out _))
        {
            throw new ArgumentException($"Role must be one of {string.Join(", ", GatewayRoles.All)}.", nameof(role));
        }

        var now = time.GetUtcNow();
        var expiresAt = now + options.Value.TokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [TokenClaims.Subject] = subject,
            [TokenClaims.Name] = name,
            [TokenClaims.Role] = role,
        };
        if (!string.IsNullOrEmpty(departmentId))
        {
            claims[TokenClaims.Department] = departmentId;
        }

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenClaims.Issuer,
            Audience = TokenClaims.Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = signingKey.SigningCredentials,
        });
        logger.IssuedToken(subject, role, expiresAt);
        return new IssuedToken(token, expiresAt);
    }
}
