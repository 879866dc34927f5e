using Asivado.Domain.Contacts;

namespace Asivado.Domain.Tests.Contacts;

public sealed class FreeTextTests
{
    [Theory]
    [InlineData("Ada\0Customer", "U+0000")]
    [InlineData("Charged \u001B[31mtwice", "U+001B")]
    [InlineData("DEL\u007F", "U+007F")]
    [InlineData("C1 \u0085 next line", "U+0085")]
    [InlineData("Invoice \u202Efdp.exe", "U+202E")]
    [InlineData("left \u202A embedding", "U+202A")]
    [InlineData("isolate \u2066 here", "U+2066")]
    [InlineData("pop \u2069 isolate", "U+2069")]
    public void Control_characters_and_bidi_overrides_are_refused_in_any_text(string text, string named)
    {
        Assert.Contains(named, FreeText.Problem(text, TextLayout.MultiLine), StringComparison.Ordinal);
        Assert.Contains(named, FreeText.Problem(text, TextLayout.SingleLine), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0xD800, "U+D800")]
    [InlineData(0xDBFF, "U+DBFF")]
    [InlineData(0xDC00, "U+DC00")]
    public void An_unpaired_surrogate_is_refused(int surrogate, string named)
    {
        // Built here: an attribute argument cannot carry an unpaired surrogate.
        var text = "lone " + (char)surrogate + " surrogate";

        Assert.Contains(named, FreeText.Problem(text, TextLayout.MultiLine), StringComparison.Ordinal);
        Assert.Contains(named, FreeText.Problem(text + (char)0xD83D, TextLayout.SingleLine), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("line one\nline two")]
    [InlineData("line one\r\nline two")]
    [InlineData("column\tcolumn")]
    public void Line_breaks_and_tabs_are_for_multi_line_text_only(string text)
    {
        Assert.Null(FreeText.Problem(text, TextLayout.MultiLine));
        Assert.NotNull(FreeText.Problem(text, TextLayout.SingleLine));
    }

    [Theory]
    [InlineData("Zoë Ørsted-Łukasiewicz")]
    [InlineData("محمد الأحمد")]
    [InlineData("שלום")]
    [InlineData("家族 👨‍👩‍👧 emoji with joiners")]
    [InlineData("می‌خواهم")]
    public void Ordinary_text_in_any_script_is_allowed(string text) =>
        Assert.Null(FreeText.Problem(text, TextLayout.SingleLine));

    [Fact]
    public void The_refusal_names_the_position_and_the_rule() =>
        Assert.Equal(
            "must not contain U+001B (at character 9): " + FreeText.MultiLineRule,
            FreeText.Problem("Charged \u001B[31m", TextLayout.MultiLine));
}
