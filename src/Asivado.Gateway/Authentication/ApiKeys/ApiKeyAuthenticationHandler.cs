using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Authentication.ApiKeys;

/// <summary>
/// Reads the X-Api-Key header: a configured key signs the request in as role "integration" with "sub" = the key's
/// name; any other value is a failure (401). Keys are compared in constant time, each against every configured
/// key, so the answer's timing says nothing about how close a guess was.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyAuthenticationOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, loggerFactory, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyAuthenticationOptions.HeaderName, out var values))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = Encoding.UTF8.GetBytes(values.ToString());
        IntegrationKey? match = null;
        foreach (var key in Options.Keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(key.Key)) && match is null)
            {
                match = key;
            }
        }

        if (match is null)
        {
            Logger.ApiKeyRefused();
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(TokenClaims.Subject, match.Name), new Claim(TokenClaims.Name, match.Name), new Claim(TokenClaims.Role, GatewayRoles.Integration)],
            ApiKeyAuthenticationOptions.SchemeName,
            TokenClaims.Name,
            TokenClaims.Role);
        var principal = new ClaimsPrincipal(identity);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyAuthenticationOptions.SchemeName)));
    }
}
