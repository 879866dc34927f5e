using System.Diagnostics;
using System.Globalization;
using Asivado.Orleans.Benchmarks.Grains;
using Asivado.Orleans.Deadlines;
using Asivado.Orleans.Deadlines.Table;
using Asivado.Orleans.PostgreSql.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Orleans.Benchmarks.Deadlines;

/// <summary>
/// Real-time run of the deadline service in one silo: schedules <c>--count</c> one-shot deadlines through
/// <see cref="IDeadlineScheduler"/> (as grains do), of which <c>--rate × --fire-seconds</c> fall due at that rate after a
/// lead and the rest days later; reports what the process holds with all of them pending, waits until the near ones
/// reached their grains and reports lateness (grain call and activation included), duplicates, and what is left in the
/// table. Exit code 1 unless every near deadline fired exactly once, no far one fired and every far one is still there.
/// </summary>
internal static class DeadlineServiceRun
{
    public const string Mode = "deadlines";
    private const string DeadlineName = "sla";

    public static async Task<int> RunAsync(string[] args)
    {
        DeadlineRunArguments arguments;
        try
        {
            arguments = DeadlineRunArguments.Parse(args, Environment.GetEnvironmentVariable);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }

        await using var schema = arguments.Postgres is { } postgres ? ScratchSchema.Create(postgres) : null;
        var time = TimeProvider.System;
        var near = arguments.NearCount;
        var far = arguments.Count - near;
        var recorder = new FiringRecorder(near, time);
        var order = Shuffled(near);

        await using var silo = await BenchmarkSilo.StartAsync(builder =>
        {
            builder.Services.AddSingleton(recorder);
            builder.AddDeadlines(options => options.LookAhead = TimeSpan.FromSeconds(arguments.LookAheadSeconds));
            if (schema is null)
            {
                builder.AddMemoryDeadlineTable();
            }
            else
            {
                builder.AddAsivadoPostgreSql(options =>
                {
                    options.ConnectionString = schema.ConnectionString;
                    options.Schema = schema.Name;
                });
            }
        });
        var scheduler = silo.Services.GetRequiredService<IDeadlineScheduler>();
        var probe = silo.Services.GetRequiredService<DeadlineServiceProbe>();
        var table = silo.Services.GetRequiredService<IDeadlineTable>();
        var grains = silo.GrainFactory;
        Console.WriteLine($"deadlines: {arguments.Count:N0} one-shot on the {arguments.Table} table{(schema is null ? "" : $" (schema {schema.Name})")}, {near:N0} due at {arguments.Rate:N0}/s over {arguments.FireSeconds:0.#} s after a {arguments.LeadSeconds:0.#} s lead, {far:N0} due 1–7 days later; look-ahead {arguments.LookAheadSeconds:0.#} s; {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var farOrigin = time.GetUtcNow() + TimeSpan.FromDays(1);
        var random = new Random(42);
        var farWatch = Stopwatch.StartNew();
        await ScheduleAsync(far, arguments.Concurrency, i =>
        {
            var offset = TimeSpan.FromTicks((long)(random.NextDouble() * TimeSpan.FromDays(6).Ticks));
            return (near + i, farOrigin + offset);
        }, scheduler, grains);
        farWatch.Stop();

        var origin = time.GetUtcNow() + TimeSpan.FromSeconds(arguments.LeadSeconds);
        var nearWatch = Stopwatch.StartNew();
        await ScheduleAsync(near, arguments.Concurrency, i =>
        {
            var key = order[i];
            return (key, origin + TimeSpan.FromTicks(key * TimeSpan.TicksPerSecond / arguments.Rate));
        }, scheduler, grains);
        nearWatch.Stop();
        var untilFirst = origin - time.GetUtcNow();

        var inMemory = probe.InMemoryCount;
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        var pendingInTable = await table.CountAsync(DeadlineRange.Full);
        Console.WriteLine($"scheduled: far {far:N0} in {farWatch.Elapsed.TotalSeconds:0.0} s ({far / Math.Max(farWatch.Elapsed.TotalSeconds, 1e-3):N0}/s), near {near:N0} in {nearWatch.Elapsed.TotalSeconds:0.0} s; first due in {untilFirst.TotalSeconds:0.0} s{(untilFirst < TimeSpan.Zero ? " (REGISTRATION OVERRAN THE LEAD)" : "")}");
        Console.WriteLine($"pending in the table: {pendingInTable:N0}; held in the service's memory: {inMemory:N0} (the look-ahead window)");
        Console.WriteLine($"managed memory held after scheduling (table{(schema is null ? " in process" : " is in PostgreSQL")} + service): {Mb(held)}; process: working set {Mb(Environment.WorkingSet)}, GC committed {Mb(GC.GetGCMemoryInfo().TotalCommittedBytes)}");

        var limit = TimeSpan.FromSeconds(arguments.LeadSeconds + arguments.FireSeconds + 60);
        try
        {
            await recorder.AllFired.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"timed out {limit.TotalSeconds:0} s after scheduling");
        }

        await probe.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var left = await table.CountAsync(DeadlineRange.Full);
        var lateness = recorder.SortedLatenessMs();
        Console.WriteLine($"fired: {recorder.Fired:N0} of {near:N0}; duplicates {recorder.Duplicates:N0}; far ones fired {recorder.Unexpected:N0}; left in the table {left:N0} (expected {far:N0}); load average {LoadAverage()}");
        if (lateness.Length > 0)
        {
            Console.WriteLine($"lateness ms (due → grain): p50 {Percentile(lateness, 0.50):0.0}, p90 {Percentile(lateness, 0.90):0.0}, p99 {Percentile(lateness, 0.99):0.0}, p99.9 {Percentile(lateness, 0.999):0.0}, max {lateness[^1]:0.0}; over 100 ms: {lateness.Count(static l => l > 100):N0}");
        }

        if (schema is null)
        {
            await silo.StopAsync();
            var tableOnly = await MeasureTableAloneAsync(arguments.Count, grains);
            Console.WriteLine($"a memory table alone with {arguments.Count:N0} rows: {Mb(tableOnly)}; the service's share of the figure above: {Mb(held - tableOnly)}");
        }

        return recorder.Fired == near && recorder.Duplicates == 0 && recorder.Unexpected == 0 && left == far ? 0 : 1;
    }

    private static async Task ScheduleAsync(int count, int concurrency, Func<int, (int Key, DateTimeOffset DueAt)> deadline, IDeadlineScheduler scheduler, IGrainFactory grains)
    {
        var next = -1;
        var gate = new Lock();
        var workers = Enumerable.Range(0, Math.Min(concurrency, Math.Max(count, 1))).Select(async _ =>
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= count)
                {
                    return;
                }

                (int Key, DateTimeOffset DueAt) item;
                lock (gate)
                {
                    item = deadline(i);
                }

                await scheduler.ScheduleAsync(grains.GetGrain<IDeadlineBenchGrain>(item.Key).GetGrainId(), DeadlineName, item.DueAt);
            }
        });
        await Task.WhenAll(workers);
    }

    private static async Task<long> MeasureTableAloneAsync(int count, IGrainFactory grains)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var table = new MemoryDeadlineTable();
        var dueAt = DateTimeOffset.UtcNow.AddDays(1);
        for (var i = 0; i < count; i++)
        {
            await table.ApplyAsync(grains.GetGrain<IDeadlineBenchGrain>(i).GetGrainId(), [new ScheduledDeadline(DeadlineName, dueAt.AddTicks(i))], []);
        }

        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(table);
        return held;
    }

    private static int[] Shuffled(int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(7).Shuffle(order);
        return order;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1))];

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB");
}
