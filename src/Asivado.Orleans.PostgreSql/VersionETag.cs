using System.Globalization;

namespace Asivado.Orleans.PostgreSql;

/// <summary>ETags are the row's version number (a bigint from a sequence) written in invariant decimal.</summary>
internal static class VersionETag
{
    public static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads an ETag this provider issued. Anything else ("07", " 7", "abc") is no version at all, so it can
    /// never match a stored row: callers treat it as a conflict, as they would any other stale ETag.
    /// </summary>
    public static bool TryParse(string? eTag, out long version) =>
        long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out version)
        && string.Equals(Format(version), eTag, StringComparison.Ordinal);
}
