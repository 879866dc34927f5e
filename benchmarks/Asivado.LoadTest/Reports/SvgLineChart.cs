using System.Text;

namespace Asivado.LoadTest.Reports;

/// <summary>An inline SVG line chart with axes, grid, and a legend; no script, no external resources.</summary>
public static class SvgLineChart
{
    public static string Render(string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series)
    {
        var points = series.SelectMany(line => line.Points).ToList();
        var xMax = Math.Max(1, points.Count == 0 ? 1 : points.Max(point => point.X));
        var yMax = Svg.NiceCeiling(points.Count == 0 ? 1 : points.Max(point => point.Y));
        var svg = new StringBuilder(Svg.Open(title));

        for (var tick = 0; tick <= 4; tick++)
        {
            var y = Svg.Top + Svg.PlotHeight - (Svg.PlotHeight * tick / 4);
            svg.Append($"""<line x1="{Svg.Left}" y1="{Svg.Number(y)}" x2="{Svg.Left + Svg.PlotWidth}" y2="{Svg.Number(y)}" class="grid"/>""");
            svg.Append($"""<text x="{Svg.Left - 6}" y="{Svg.Number(y + 4)}" class="tick" text-anchor="end">{Svg.Number(yMax * tick / 4)}</text>""");
        }

        for (var tick = 0; tick <= 4; tick++)
        {
            var x = Svg.Left + (Svg.PlotWidth * tick / 4);
            svg.Append($"""<text x="{Svg.Number(x)}" y="{Svg.Top + Svg.PlotHeight + 16}" class="tick" text-anchor="middle">{Svg.Number(Math.Round(xMax * tick / 4, xMax >= 10 ? 0 : 2))}</text>""");
        }

        svg.Append($"""<text x="{Svg.Number(Svg.Left + (Svg.PlotWidth / 2))}" y="{Svg.Height - 6}" class="axis" text-anchor="middle">{Svg.Encode(xLabel)}</text>""");
        svg.Append($"""<text x="14" y="{Svg.Number(Svg.Top + (Svg.PlotHeight / 2))}" class="axis" text-anchor="middle" transform="rotate(-90 14 {Svg.Number(Svg.Top + (Svg.PlotHeight / 2))})">{Svg.Encode(yLabel)}</text>""");

        for (var index = 0; index < series.Count; index++)
        {
            var line = series[index];
            var coordinates = string.Join(' ', line.Points.Select(point =>
                $"{Svg.Number(Svg.Left + (point.X / xMax * Svg.PlotWidth))},{Svg.Number(Svg.Top + Svg.PlotHeight - (point.Y / yMax * Svg.PlotHeight))}"));
            svg.Append($"""<polyline points="{coordinates}" fill="none" stroke="{Svg.Encode(line.Color)}" stroke-width="1.5" class="series"/>""");
            var legendY = Svg.Top + 10 + (index * 18);
            svg.Append($"""<rect x="{Svg.Width - Svg.Right + 14}" y="{legendY - 9}" width="12" height="12" fill="{Svg.Encode(line.Color)}"/>""");
            svg.Append($"""<text x="{Svg.Width - Svg.Right + 32}" y="{legendY + 1}" class="legend">{Svg.Encode(line.Name)}</text>""");
        }

        return svg.Append("</svg>").ToString();
    }
}
