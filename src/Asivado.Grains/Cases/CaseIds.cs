using System.Globalization;
using System.Security.Cryptography;

namespace Asivado.Grains.Cases;

/// <summary>Case ids: "C-" + the UTC date as yyMMdd + "-" + 10 random Crockford base-32 characters (50 bits).</summary>
public static class CaseIds
{
    // Crockford's alphabet: no I, L, O or U, so an id read out on the phone is not misheard.
    private const string CrockfordBase32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int RandomLength = 10;

    public static string New(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var date = time.GetUtcNow().UtcDateTime.ToString("yyMMdd", CultureInfo.InvariantCulture);
        return $"C-{date}-{RandomNumberGenerator.GetString(CrockfordBase32, RandomLength)}";
    }
}
