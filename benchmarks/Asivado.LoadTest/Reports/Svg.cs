using System.Globalization;
using System.Net;

namespace Asivado.LoadTest.Reports;

/// <summary>Small helpers shared by the SVG charts.</summary>
internal static class Svg
{
    public const int Width = 760;
    public const int Height = 300;
    public const int Left = 64;
    public const int Right = 150;
    public const int Top = 34;
    public const int Bottom = 44;

    public static double PlotWidth => Width - Left - Right;

    public static double PlotHeight => Height - Top - Bottom;

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A round upper bound for an axis (1, 2 or 5 times a power of ten) at or above <paramref name="max"/>.</summary>
    public static double NiceCeiling(double max)
    {
        if (max <= 0 || double.IsNaN(max))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (step * magnitude >= max)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    public static string Open(string title) =>
        $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" role="img" aria-label="{Encode(title)}"><title>{Encode(title)}</title><text x="{Left}" y="20" class="chart-title">{Encode(title)}</text>""";
}
