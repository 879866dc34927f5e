using System.Text;

namespace Asivado.LoadTest.Reports;

/// <summary>The report's host section: the host process's CPU and resident memory, the machine's CPU and the load tester's share.</summary>
internal static class ReportHost
{
    public static void Append(StringBuilder html, RunResults results)
    {
        Html.Heading(html, "Host");
        if (results.Host.Count == 0 && results.Machine.Count == 0)
        {
            Html.Note(html, "No host samples (the host is not a process on this machine: pass --host-pid or --launch).");
            return;
        }

        var rows = new List<(string, string)>();
        if (results.Host.Count > 0)
        {
            rows.Add(("Host CPU % mean / max (100 = one core)", $"{Svg.Number(Math.Round(results.Host.Average(sample => sample.CpuPercent), 1))} / {Svg.Number(Math.Round(results.Host.Max(sample => sample.CpuPercent), 1))}"));
            rows.Add(("Host RSS max / at the end (MiB)", $"{Html.MiB(results.Host.Max(sample => sample.ResidentBytes))} / {Html.MiB(results.Host[^1].ResidentBytes)}"));
        }

        if (results.Machine.Count > 0)
        {
            rows.Add(("Machine CPU % mean / max", $"{Svg.Number(Math.Round(results.Machine.Average(sample => sample.BusyPercent), 1))} / {Svg.Number(Math.Round(results.Machine.Max(sample => sample.BusyPercent), 1))}"));
            rows.Add(("Load tester CPU % mean", Svg.Number(Math.Round(results.Machine.Average(sample => sample.LoadTesterPercent), 1))));
            rows.Add(("Load tester RSS max (MiB)", Html.MiB(results.Machine.Max(sample => sample.LoadTesterResidentBytes))));
        }

        Html.Table(html, "host", rows);
        html.Append(SvgLineChart.Render("CPU (100 = one core)", "seconds since the run started", "CPU %",
        [
            new ChartSeries("host", Html.Palette[1], [.. results.Host.Select(sample => new ChartPoint(sample.ElapsedSeconds, sample.CpuPercent))]),
            new ChartSeries("machine", Html.Palette[5], [.. results.Machine.Select(sample => new ChartPoint(sample.ElapsedSeconds, sample.BusyPercent))]),
            new ChartSeries("load tester", Html.Palette[4], [.. results.Machine.Select(sample => new ChartPoint(sample.ElapsedSeconds, sample.LoadTesterPercent))]),
        ]));
        if (results.Host.Count > 0)
        {
            html.Append(SvgLineChart.Render("Host resident memory", "seconds since the run started", "MiB",
            [
                new ChartSeries("RSS MiB", Html.Palette[0], [.. results.Host.Select(sample => new ChartPoint(sample.ElapsedSeconds, sample.ResidentBytes / 1048576.0))]),
            ]));
        }
    }
}
