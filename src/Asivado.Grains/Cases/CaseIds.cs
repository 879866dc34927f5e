using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Asivado.Grains.Cases;

/// <summary>
/// Case ids. Without an idempotency key: "C-" + the UTC date as yyMMdd + "-" + 10 random Crockford base-32
/// characters (50 bits). With one: "C-" + 16 Crockford characters of SHA-256("{actorId}\n{key}") (80 bits), so
/// that a retry reaches the same case without a lookup, whenever it comes.
/// </summary>
public static class CaseIds
{
    // Crockford's alphabet: no I, L, O or U, so an id read out on the phone is not misheard.
    private const string CrockfordBase32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int RandomLength = 10;
    private const int KeyedLength = 16;

    public static string New(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var date = time.GetUtcNow().UtcDateTime.ToString("yyMMdd", CultureInfo.InvariantCulture);
        return $"C-{date}-{RandomNumberGenerator.GetString(CrockfordBase32, RandomLength)}";
    }

    /// <summary>The one case id for the intake <paramref name="actorId"/> sent under <paramref name="idempotencyKey"/>.</summary>
    public static string ForIdempotencyKey(string actorId, string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{actorId}\n{idempotencyKey}"), hash);
        return string.Create(2 + KeyedLength, hash.ToArray(), static (id, bytes) =>
        {
            id[0] = 'C';
            id[1] = '-';
            for (var i = 0; i < KeyedLength; i++)
            {
                // Five bits at a time, from the first 80 bits of the hash.
                var bit = i * 5;
                var word = (bytes[bit / 8] << 8) | bytes[(bit / 8) + 1];
                id[2 + i] = CrockfordBase32[(word >> (11 - (bit % 8))) & 0x1F];
            }
        });
    }
}
