using System.Globalization;
using Asivado.LoadTest.Run;
using Spectre.Console;

namespace Asivado.LoadTest.Cli;

/// <summary>A Spectre.Console table refreshed every second while a run executes (plain lines when the output is redirected).</summary>
public static class LiveTable
{
    public static async Task<T> ShowWhileAsync<T>(Func<RunProgress> progress, Task<T> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await PrintWhileAsync(progress, work);
        }

        var table = new Table().AddColumns("phase", "elapsed", "sent", "created", "errors", "consoles", "escalations", "host CPU %", "host RSS MiB", "machine CPU %", "db commits/s");
        await AnsiConsole.Live(table).StartAsync(async context =>
        {
            while (!work.IsCompleted)
            {
                Update(table, progress());
                context.Refresh();
                await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(1)));
            }

            Update(table, progress());
            context.Refresh();
        });
        return await work;
    }

    private static async Task<T> PrintWhileAsync<T>(Func<RunProgress> progress, Task<T> work)
    {
        var lastPhase = "";
        var lastPrint = TimeSpan.Zero;
        while (!work.IsCompleted)
        {
            var now = progress();
            if (now.Phase != lastPhase || now.Elapsed - lastPrint >= TimeSpan.FromSeconds(5))
            {
                Console.WriteLine(Line(now));
                lastPhase = now.Phase;
                lastPrint = now.Elapsed;
            }

            await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(1)));
        }

        return await work;
    }

    private static string Line(RunProgress progress) => string.Create(
        CultureInfo.InvariantCulture,
        $"{progress.Elapsed:hh\\:mm\\:ss} {progress.Phase}: sent {progress.IntakeSent}, created {progress.IntakeCreated}, errors {progress.IntakeErrors}, consoles {progress.ConsolesConnected} ({progress.ConsolesFailed} failed, {progress.ConsolesDropped} dropped), escalations {progress.EscalationsReceived}, host CPU {progress.HostCpuPercent:0}% RSS {progress.HostResidentBytes / 1048576.0:0} MiB, machine CPU {progress.MachineCpuPercent:0}%");

    private static void Update(Table table, RunProgress progress)
    {
        table.Rows.Clear();
        table.AddRow(
            Markup.Escape(progress.Phase),
            progress.Elapsed.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture),
            progress.IntakeSent.ToString(CultureInfo.InvariantCulture),
            progress.IntakeCreated.ToString(CultureInfo.InvariantCulture),
            progress.IntakeErrors.ToString(CultureInfo.InvariantCulture),
            $"{progress.ConsolesConnected} ({progress.ConsolesFailed} failed, {progress.ConsolesDropped} dropped)",
            progress.EscalationsReceived.ToString(CultureInfo.InvariantCulture),
            progress.HostCpuPercent.ToString("0.#", CultureInfo.InvariantCulture),
            (progress.HostResidentBytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture),
            progress.MachineCpuPercent.ToString("0.#", CultureInfo.InvariantCulture),
            progress.DatabaseCommitsPerSecond?.ToString("0", CultureInfo.InvariantCulture) ?? "–");
    }
}
