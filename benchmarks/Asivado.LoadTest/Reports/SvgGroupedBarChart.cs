using System.Text;

namespace Asivado.LoadTest.Reports;

/// <summary>An inline SVG bar chart with one group of bars per category and one bar per series in each, labelled with its value.</summary>
public static class SvgGroupedBarChart
{
    /// <param name="series">Each series' name, color (chosen by the code) and one value per category.</param>
    public static string Render(string title, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<(string Name, string Color, IReadOnlyList<double> Values)> series)
    {
        var yMax = Svg.NiceCeiling(series.Count == 0 ? 1 : series.SelectMany(line => line.Values).DefaultIfEmpty(1).Max());
        var slot = Svg.PlotWidth / Math.Max(1, categories.Count);
        var bar = (slot - 8) / Math.Max(1, series.Count);
        var svg = new StringBuilder(Svg.Open(title));
        svg.Append($"""<line x1="{Svg.Left}" y1="{Svg.Top + Svg.PlotHeight}" x2="{Svg.Left + Svg.PlotWidth}" y2="{Svg.Top + Svg.PlotHeight}" class="grid"/>""");
        svg.Append($"""<text x="14" y="{Svg.Number(Svg.Top + (Svg.PlotHeight / 2))}" class="axis" text-anchor="middle" transform="rotate(-90 14 {Svg.Number(Svg.Top + (Svg.PlotHeight / 2))})">{Svg.Encode(yLabel)}</text>""");
        for (var category = 0; category < categories.Count; category++)
        {
            var x0 = Svg.Left + (category * slot) + 4;
            for (var index = 0; index < series.Count; index++)
            {
                var value = category < series[index].Values.Count ? series[index].Values[category] : 0;
                var height = Math.Max(0, value) / yMax * Svg.PlotHeight;
                var x = x0 + (index * bar);
                var y = Svg.Top + Svg.PlotHeight - height;
                svg.Append($"""<rect x="{Svg.Number(x)}" y="{Svg.Number(y)}" width="{Svg.Number(Math.Max(1, bar - 2))}" height="{Svg.Number(height)}" fill="{Svg.Encode(series[index].Color)}"><title>{Svg.Encode(series[index].Name)}, {Svg.Encode(categories[category])}: {Svg.Number(Math.Round(value, 1))}</title></rect>""");
                svg.Append($"""<text x="{Svg.Number(x + (bar / 2))}" y="{Svg.Number(y - 3)}" class="tick" text-anchor="middle">{Svg.Number(Math.Round(value, 1))}</text>""");
            }

            svg.Append($"""<text x="{Svg.Number(x0 + ((slot - 8) / 2))}" y="{Svg.Top + Svg.PlotHeight + 16}" class="tick" text-anchor="middle">{Svg.Encode(categories[category])}</text>""");
        }

        for (var index = 0; index < series.Count; index++)
        {
            var legendY = Svg.Top + 10 + (index * 18);
            svg.Append($"""<rect x="{Svg.Width - Svg.Right + 14}" y="{legendY - 9}" width="12" height="12" fill="{Svg.Encode(series[index].Color)}"/>""");
            svg.Append($"""<text x="{Svg.Width - Svg.Right + 32}" y="{legendY + 1}" class="legend">{Svg.Encode(series[index].Name)}</text>""");
        }

        return svg.Append("</svg>").ToString();
    }
}
