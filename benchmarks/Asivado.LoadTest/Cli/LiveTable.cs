using System.Globalization;
using Asivado.LoadTest.Run;
using Spectre.Console;

namespace Asivado.LoadTest.Cli;

/// <summary>A Spectre.Console table refreshed every second while a run executes.</summary>
public static class LiveTable
{
    public static async Task<T> ShowWhileAsync<T>(LoadRun run, Task<T> work)
    {
        var table = new Table().AddColumns("phase", "elapsed", "sent", "created", "errors", "consoles", "escalations", "host CPU %", "host RSS MiB");
        await AnsiConsole.Live(table).StartAsync(async context =>
        {
            while (!work.IsCompleted)
            {
                Update(table, run.Progress());
                context.Refresh();
                await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(1)));
            }

            Update(table, run.Progress());
            context.Refresh();
        });
        return await work;
    }

    private static void Update(Table table, RunProgress progress)
    {
        table.Rows.Clear();
        table.AddRow(
            Markup.Escape(progress.Phase),
            progress.Elapsed.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture),
            progress.IntakeSent.ToString(CultureInfo.InvariantCulture),
            progress.IntakeCreated.ToString(CultureInfo.InvariantCulture),
            progress.IntakeErrors.ToString(CultureInfo.InvariantCulture),
            $"{progress.ConsolesConnected} ({progress.ConsolesFailed} failed)",
            progress.EscalationsReceived.ToString(CultureInfo.InvariantCulture),
            progress.HostCpuPercent.ToString("0.#", CultureInfo.InvariantCulture),
            (progress.HostResidentBytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture));
    }
}
