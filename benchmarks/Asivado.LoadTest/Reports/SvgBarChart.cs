using System.Text;

namespace Asivado.LoadTest.Reports;

/// <summary>An inline SVG bar chart of histogram bins, each bar labelled with its count.</summary>
public static class SvgBarChart
{
    public static string Render(string title, string yLabel, IReadOnlyList<HistogramBin> bins)
    {
        var yMax = Svg.NiceCeiling(bins.Count == 0 ? 1 : bins.Max(bin => bin.Count));
        var slot = Svg.PlotWidth / Math.Max(1, bins.Count);
        var svg = new StringBuilder(Svg.Open(title));
        svg.Append($"""<line x1="{Svg.Left}" y1="{Svg.Top + Svg.PlotHeight}" x2="{Svg.Left + Svg.PlotWidth}" y2="{Svg.Top + Svg.PlotHeight}" class="grid"/>""");
        svg.Append($"""<text x="14" y="{Svg.Number(Svg.Top + (Svg.PlotHeight / 2))}" class="axis" text-anchor="middle" transform="rotate(-90 14 {Svg.Number(Svg.Top + (Svg.PlotHeight / 2))})">{Svg.Encode(yLabel)}</text>""");

        for (var index = 0; index < bins.Count; index++)
        {
            var bin = bins[index];
            var height = bin.Count / yMax * Svg.PlotHeight;
            var x = Svg.Left + (index * slot);
            var y = Svg.Top + Svg.PlotHeight - height;
            svg.Append($"""<rect x="{Svg.Number(x + 2)}" y="{Svg.Number(y)}" width="{Svg.Number(slot - 4)}" height="{Svg.Number(height)}" class="bar"><title>{Svg.Encode(bin.Label)}: {bin.Count}</title></rect>""");
            svg.Append($"""<text x="{Svg.Number(x + (slot / 2))}" y="{Svg.Number(y - 4)}" class="tick" text-anchor="middle">{bin.Count}</text>""");
            var labelY = Svg.Top + Svg.PlotHeight + 16 + (bins.Count > 8 && index % 2 == 1 ? 13 : 0); // Many bars: labels on two rows.
            svg.Append($"""<text x="{Svg.Number(x + (slot / 2))}" y="{Svg.Number(labelY)}" class="tick" text-anchor="middle">{Svg.Encode(bin.Label)}</text>""");
        }

        return svg.Append("</svg>").ToString();
    }
}
