using System.Globalization;

namespace Asivado.Domain.Contacts;

/// <summary>
/// The characters a person's text may hold, for every free-text field the API and the grains take: no control
/// characters (U+0000–U+001F, U+007F–U+009F; in multi-line text tab, line feed and carriage return are allowed), no
/// bidirectional embeddings, overrides or isolates (U+202A–U+202E, U+2066–U+2069: they make a console show text other
/// than what is stored), no unpaired surrogate. Refused, not stripped: what is stored is what was sent.
/// </summary>
public static class FreeText
{
    public const string SingleLineRule = "no control characters (U+0000–U+001F, U+007F–U+009F), line breaks, tabs or bidirectional overrides (U+202A–U+202E, U+2066–U+2069)";
    public const string MultiLineRule = "no control characters (U+0000–U+001F, U+007F–U+009F) other than line breaks and tabs, and no bidirectional overrides (U+202A–U+202E, U+2066–U+2069)";

    public static string Rule(TextLayout layout) => layout == TextLayout.SingleLine ? SingleLineRule : MultiLineRule;

    /// <summary>Null when every character is allowed; otherwise what is wrong, for a person: "must not contain U+001B at character 4: ...".</summary>
    public static string? Problem(string value, TextLayout layout)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (IsRefused(c, layout))
            {
                return $"must not contain U+{(int)c:X4} (at character {(i + 1).ToString(CultureInfo.InvariantCulture)}): {Rule(layout)}";
            }
        }

        return null;
    }

    public static bool IsAllowed(string value, TextLayout layout) => Problem(value, layout) is null;

    private static bool IsRefused(char c, TextLayout layout) => c switch
    {
        '\t' or '\n' or '\r' => layout == TextLayout.SingleLine,
        < ' ' or (>= '\u007F' and <= '\u009F') => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => char.IsSurrogate(c),
    };
}
