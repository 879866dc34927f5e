using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Asivado.Durability.Gateway;

/// <summary>
/// The gateway's access tokens (JWT, HS256, issuer "asivado", audience "asivado-console"), minted here with the
/// signing key the child process is given (Authentication:SigningKey), as an identity provider would.
/// </summary>
public sealed class AccessTokens
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>The base64 key to configure as Authentication__SigningKey.</summary>
    public string SigningKey => Convert.ToBase64String(_key);

    /// <param name="role">agent, lead, manager, admin or integration.</param>
    public string Create(string subject, string role, TimeSpan lifetime)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["iss"] = "asivado",
            ["aud"] = "asivado-console",
            ["sub"] = subject,
            ["name"] = subject,
            ["role"] = role,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + (long)lifetime.TotalSeconds,
        };
        var signed = $"{Encode(header)}.{Encode(payload)}";
        var signature = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signed));
        return $"{signed}.{Base64Url.EncodeToString(signature)}";
    }

    private static string Encode(JsonObject part) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(part.ToJsonString()));
}
