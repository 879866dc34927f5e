using System.Net.Http.Headers;
using Asivado.Gateway.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Asivado.Gateway.Tests.Api.Support;

/// <summary>
/// Access tokens signed with the gateway's own key, valid for ten years of the fake clock so that tests which
/// advance time by days keep their caller. <see cref="AdminId"/> is the admin every API test client signs in as by default.
/// </summary>
public static class TestTokens
{
    public const string AdminId = "test-admin";

    public static string Issue<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory, string subject, string role, string? departmentId)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        var key = factory.Services.GetRequiredService<TokenSigningKey>();
        var claims = new Dictionary<string, object>
        {
            [TokenClaims.Subject] = subject,
            [TokenClaims.Name] = subject,
            [TokenClaims.Role] = role,
        };
        if (departmentId is not null)
        {
            claims[TokenClaims.Department] = departmentId;
        }

        var issuedAt = GatewayApiFactory.Start.UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenClaims.Issuer,
            Audience = TokenClaims.Audience,
            Claims = claims,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt.AddYears(10),
            SigningCredentials = key.SigningCredentials,
        });
    }

    public static void SignIn(this HttpClient client, string token) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public static void SignOut(this HttpClient client) => client.DefaultRequestHeaders.Authorization = null;
}
