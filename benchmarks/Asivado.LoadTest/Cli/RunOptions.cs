using System.CommandLine;

namespace Asivado.LoadTest.Cli;

/// <summary>The options of <c>run</c> (benchmarks/README.md, "Load tester").</summary>
public sealed class RunOptions
{
    /// <summary>The PostgreSQL server --launch uses when neither --postgres nor --embedded is given.</summary>
    public const string PostgresVariable = "ASIVADO_BENCH_POSTGRES";

    public Option<FileInfo> Scenario { get; } = new("--scenario") { Description = "Scenario JSON file (scenarios/*.json).", Required = true };

    public Option<string?> Target { get; } = new("--target") { Description = "Drive the host at this address, or a cluster's silos as url1,url2,... (intake and consoles spread over them); they must run the scenario's organisation: see 'organisation'. Default: the scenario's targets." };

    public Option<bool> Launch { get; } = new("--launch") { Description = "Start the built gateway as a child process with the generated organisation and keys." };

    public Option<string?> Postgres { get; } = new("--postgres") { Description = $"With --launch: PostgreSQL server (connection string; the role needs CREATEDB) to make a scratch database on, dropped afterwards. Default ${PostgresVariable}." };

    public Option<int?> Silos { get; } = new("--silos") { Description = "With --launch on PostgreSQL: start a cluster of N silos (1-9) with scripts/cluster.sh (silo i on http://127.0.0.1:(5080+i)) instead of one gateway." };

    public Option<bool> Embedded { get; } = new("--embedded") { Description = "With --launch: the embedded default (state and reminders in the host's memory)." };

    public Option<string[]> HostSettings { get; } = new("--host-setting") { Description = "With --launch: host configuration Key=Value (repeatable), e.g. Grains:PostgreSql:Batching:MaxBatchSize=500, Deadlines:LookAhead=00:00:30, or PollingBaseline:Interval=00:00:10 (the polling baseline)." };

    public Option<string?> SigningKey { get; } = new("--signing-key") { Description = "The host's Authentication:SigningKey (base64, ≥ 32 bytes); consoles' tokens are signed with it. Required with --target." };

    public Option<string?> ApiKey { get; } = new("--api-key") { Description = "An integration key the host knows (Authentication:IntegrationKeys); intake sends it as X-Api-Key. Required with --target." };

    public Option<int?> HostPid { get; } = new("--host-pid") { Description = "With --target: the host's process id on this machine, to sample its CPU and memory." };

    public Option<int> MaxPoolSize { get; } = new("--max-pool-size") { Description = "With --launch on PostgreSQL: the gateway's Npgsql Maximum Pool Size.", DefaultValueFactory = _ => 32 };

    public Option<double> StatsFlushSeconds { get; } = new("--stats-flush-seconds") { Description = "Wait after the drain for PostgreSQL to flush its statistics (it does within 10 s of a backend going idle).", DefaultValueFactory = _ => 11 };

    public Option<double?> Rate { get; } = new("--rate") { Description = "Override the scenario's intake.ratePerSecond." };

    public Option<int?> DurationSeconds { get; } = new("--duration-seconds") { Description = "Override the scenario's durationSeconds (how long intake runs)." };

    public Option<string?> Label { get; } = new("--label") { Description = "How 'compare' names this run. Default: the scenario and the host settings." };

    public Option<DirectoryInfo> Output { get; } = new("--out") { Description = "Directory for results.json and report.html.", DefaultValueFactory = _ => new DirectoryInfo("loadtest-results") };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Scenario, Target, Launch, Silos, Postgres, Embedded, HostSettings, SigningKey, ApiKey, HostPid, MaxPoolSize, StatsFlushSeconds, Rate, DurationSeconds, Label, Output })
        {
            command.Options.Add(option);
        }
    }
}
