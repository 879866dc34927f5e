using System.Diagnostics;
using System.Globalization;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Reminders.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using System.Diagnostics.Metrics;

namespace Asivado.Runtime.Benchmarks.Reminders;

/// <summary>
/// Real-time run of the reminder scheduler (or, with <c>--mode polling</c>, of the polling baseline): registers N
/// one-shot reminders due over the next S seconds (after a lead that lets registration finish first), reports the
/// memory held with N pending, waits until all fired and reports lateness percentiles and the table reads the service
/// made (its own metrics), then measures what a memory table alone holds for the same rows.
/// Exit code 1 when not every reminder fired exactly once.
/// </summary>
internal static class ReminderSchedulerRun
{
    public const string Mode = "reminders";
    private const string ReminderName = "sla";

    public static async Task<int> RunAsync(string[] args)
    {
        ReminderRunArguments arguments;
        try
        {
            arguments = ReminderRunArguments.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }

        var count = arguments.Count;
        var random = new Random(42);

        using var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var time = TimeProvider.System;
        var table = new MemoryReminderTable();
        var recorder = new LatenessRecorder(count, time, origin: time.GetUtcNow());
        var meterFactory = metrics.GetRequiredService<IMeterFactory>();
        using var reads = new TableReadCounter(meterFactory);
        var options = Options.Create(arguments.ToOptions());
        var (service, pendingCount) = CreateService(table, recorder, time, meterFactory, options);
        await service.StartAsync(CancellationToken.None);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var origin = time.GetUtcNow() + TimeSpan.FromSeconds(arguments.LeadSeconds);
        var registration = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            // The same seeded sequence the earlier runs kept in an array, drawn as needed so the array is not part of the process.
            var offset = TimeSpan.FromTicks((long)(random.NextDouble() * arguments.SpreadSeconds * TimeSpan.TicksPerSecond));
            await service.RegisterOrUpdateAsync(Grain(i), ReminderName, origin + offset, TimeSpan.Zero);
        }

        registration.Stop();
        var firedDuringRegistration = recorder.Fired;
        var pending = pendingCount();
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        var workingSet = Process.GetCurrentProcess().WorkingSet64;
        var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;

        var path = arguments.Mode == ReminderServiceMode.Polling
            ? $"polling every {arguments.PollIntervalSeconds:0.###} s"
            : $"exact, look-ahead {arguments.LookAheadSeconds:0.#} s";
        Console.WriteLine($"reminders ({path}): {count:N0} one-shot, due over {arguments.SpreadSeconds:0.#} s after a {arguments.LeadSeconds:0.#} s lead; {Environment.ProcessorCount} cores; {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC");
        Console.WriteLine($"registration: {registration.Elapsed.TotalSeconds:0.00} s, {count / registration.Elapsed.TotalSeconds:N0} /s; fired during registration: {firedDuringRegistration:N0}");
        Console.WriteLine(arguments.Mode == ReminderServiceMode.Polling
            ? $"held in memory by the service after registration: {pending:N0} (claimed by a poll; the rest is in the table only)"
            : $"in the in-memory schedule after registration: {pending:N0} (the rest is beyond the {arguments.LookAheadSeconds:0.#} s look-ahead, in the table only)");
        Console.WriteLine($"managed memory held, table + scheduler: {Mb(held)}; process: working set {Mb(workingSet)}, GC heap committed {Mb(committed)}");

        var deadline = TimeSpan.FromSeconds(arguments.LeadSeconds + arguments.SpreadSeconds + arguments.PollIntervalSeconds + 120);
        try
        {
            await recorder.AllFired.WaitAsync(deadline);
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"timed out after {deadline.TotalSeconds:0} s");
        }

        var elapsed = time.GetUtcNow() - recorder.Origin;
        await service.WhenIdleAsync();
        await service.StopAsync(CancellationToken.None);
        Console.WriteLine($"table due-window reads: {reads.Reads:N0} in {elapsed.TotalSeconds:0} s ({reads.Reads / elapsed.TotalMinutes:0.#} /min), rows read: {reads.Rows:N0} ({reads.Rows / (double)count:0.00} per reminder)");
        var fired = recorder.Fired;
        var left = await table.CountAsync(HashRange.Full);
        var lateness = recorder.SortedLatenessMs();
        Console.WriteLine($"fired: {fired:N0} of {count:N0}; left in table: {left:N0}; working set at end {Mb(Process.GetCurrentProcess().WorkingSet64)}");
        if (lateness.Length > 0)
        {
            Console.WriteLine($"lateness ms: p50 {Percentile(lateness, 0.50):0.0}, p90 {Percentile(lateness, 0.90):0.0}, p99 {Percentile(lateness, 0.99):0.0}, max {lateness[^1]:0.0}, min {lateness[0]:0.0}");
            Console.WriteLine($"within 100 ms: {lateness.Count(l => l <= 100) * 100.0 / lateness.Length:0.000} %");
            var late = string.Join(", ", recorder.LateBySecond(100).Select(s => $"{s.Second} s: {s.Count}"));
            Console.WriteLine(arguments.Mode == ReminderServiceMode.Polling
                ? $"over 100 ms: {lateness.Count(l => l > 100):N0} firings (by design: a reminder waits for the next poll)"
                : $"over 100 ms, by second of due instant after service start (table re-reads every {arguments.LookAheadSeconds / 2:0.#} s): {(late.Length == 0 ? "none" : late)}");
        }

        // Measured last, so that the second table's memory is not part of the process figures above.
        var tableOnly = await MeasureTableOnlyAsync(count);
        Console.WriteLine($"table alone (a second memory table with the same rows): {Mb(tableOnly)}; scheduler share of the figure above: {Mb(held - tableOnly)}");

        return fired == count && left == 0 ? 0 : 1;
    }

    private static (IReminderService Service, Func<long> PendingCount) CreateService(
        MemoryReminderTable table, IReminderDispatcher dispatcher, TimeProvider time, IMeterFactory meterFactory, IOptions<ReminderServiceOptions> options)
    {
        if (options.Value.Mode == ReminderServiceMode.Polling)
        {
            var polling = new PollingReminderService(table, dispatcher, time, meterFactory, options, NullLogger<PollingReminderService>.Instance);
            return (polling, polling.PendingCount);
        }

        var exact = new ReminderService(table, dispatcher, time, meterFactory, options, NullLogger<ReminderService>.Instance);
        return (exact, exact.PendingCount);
    }

    /// <summary>The managed memory the memory table alone holds for the same reminders, to separate it from the scheduler's share.</summary>
    private static async Task<long> MeasureTableOnlyAsync(int count)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var table = new MemoryReminderTable();
        var dueAt = DateTimeOffset.UtcNow.AddHours(1);
        for (var i = 0; i < count; i++)
        {
            await table.UpsertAsync(new ReminderEntry(Grain(i), ReminderName, dueAt, TimeSpan.Zero));
        }

        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(table);
        return held;
    }

    // Created inside the measured region, so each reminder's key string counts towards the memory held.
    private static GrainId Grain(int i) => new("case", i.ToString(CultureInfo.InvariantCulture));

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB");
}
