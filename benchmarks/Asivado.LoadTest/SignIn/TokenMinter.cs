using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Asivado.LoadTest.Organisation;

namespace Asivado.LoadTest.SignIn;

/// <summary>
/// Mints the host's access tokens as its identity provider would (src/Asivado.Gateway/Authentication/README.md): JWT,
/// HS256 with the host's signing key, issuer "asivado", audience "asivado-console", claims sub, name, role and
/// department, issued and valid from now, on <see cref="TimeProvider"/>.
/// </summary>
public sealed class TokenMinter(SigningKey key, TimeProvider time)
{
    public const string Issuer = "asivado";
    public const string Audience = "asivado-console";

    private static readonly string Header = Encode("""{"alg":"HS256","typ":"JWT"}"""u8);

    public string Mint(LoadPerson person, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Mint(person.Id, person.Name, person.Role, person.DepartmentId, lifetime);
    }

    /// <param name="role">agent, lead, manager, admin or integration.</param>
    public string Mint(string subject, string name, string role, string? departmentId, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        using var payload = new MemoryStream();
        using (var writer = new Utf8JsonWriter(payload))
        {
            writer.WriteStartObject();
            writer.WriteString("iss"u8, Issuer);
            writer.WriteString("aud"u8, Audience);
            writer.WriteString("sub"u8, subject);
            writer.WriteString("name"u8, name);
            writer.WriteString("role"u8, role);
            if (!string.IsNullOrEmpty(departmentId))
            {
                writer.WriteString("department"u8, departmentId);
            }

            writer.WriteNumber("iat"u8, now);
            writer.WriteNumber("nbf"u8, now);
            writer.WriteNumber("exp"u8, now + (long)Math.Ceiling(lifetime.TotalSeconds));
            writer.WriteEndObject();
        }

        var signed = $"{Header}.{Encode(payload.ToArray())}";
        var signature = HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes(signed));
        return $"{signed}.{Base64Url.EncodeToString(signature)}";
    }

    private static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);
}
