using System.Globalization;
using Asivado.Intake.Benchmarks.Intake;

namespace Asivado.Intake.Benchmarks.Cli;

/// <summary>Plain-text results, invariant culture, one line per figure so runs can be diffed and pasted.</summary>
internal static class Output
{
    public static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.00} GiB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.0} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
    };

    public static string Milliseconds(long microseconds) => string.Create(CultureInfo.InvariantCulture, $"{microseconds / 1000.0:0.0} ms");

    public static void Step(string label, IntakeStepResult step)
    {
        Line($"{label}: target {step.TargetRate:0}/s for {step.Duration.TotalSeconds:0} s, started {step.Started}, succeeded {step.Succeeded}, achieved {step.AchievedRate:0}/s (last answer at {step.Elapsed.TotalSeconds:0.0} s)");
        Line($"  latency from intended start: p50 {Milliseconds(step.Latency.P50)}, p90 {Milliseconds(step.Latency.P90)}, p99 {Milliseconds(step.Latency.P99)}, p99.9 {Milliseconds(step.Latency.P999)}, max {Milliseconds(step.Latency.Max)}");
        Line($"  errors: {(step.ErrorCount == 0 ? "none" : string.Join(", ", step.Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} × {e.Value}")))}");
        Line($"  CPU (of {Environment.ProcessorCount * 100} %): machine {step.MachineCpuPercent:0} %, gateway {step.HostCpuPercent:0} %, PostgreSQL {step.PostgresCpuPercent:0} %; gateway max RSS {Bytes(step.HostResidentBytes)}");
    }

    /// <summary>Divided by the cases the server stored in the period (requests the client gave up on still count if they completed).</summary>
    public static void PerIntake(DatabaseActivity delta)
    {
        var intakes = delta.Cases;
        if (intakes == 0)
        {
            Line($"database work per intake: no case was stored in the period");
            return;
        }

        double Per(long value) => value / (double)intakes;
        Line($"database work per intake ({intakes} cases stored in the period; counters settled {DatabaseActivity.FlushDelay.TotalSeconds:0} s after the run):");
        Line($"  transactions committed {Per(delta.Commits):0.00} (each autocommitted statement is one), rolled back {Per(delta.Rollbacks):0.00}");
        Line($"  rows returned {Per(delta.RowsReturned):0.00}, fetched {Per(delta.RowsFetched):0.00}");
        foreach (var (table, activity) in delta.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Line($"  {table}: inserted {Per(activity.Inserted):0.00}, updated {Per(activity.Updated):0.00} (HOT {Per(activity.HotUpdated):0.00}), deleted {Per(activity.Deleted):0.00}, index scans {Per(activity.IndexScans):0.00}, sequential scans {Per(activity.SequentialScans):0.00}");
        }

        Line($"  WAL records {Per(delta.WalRecords):0.00}, WAL syncs {Per(delta.WalSyncs):0.00} (server-wide: other databases' work counts too)");
    }
}
