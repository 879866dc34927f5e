namespace Asivado.LoadTest.Scenarios;

/// <summary>A load-test scenario, read from a JSON file (see scenarios/smoke.json and benchmarks/README.md, "Load tester").</summary>
public sealed record Scenario
{
    public string Name { get; init; } = "";

    /// <summary>How long intake runs, warm-up included.</summary>
    public int DurationSeconds { get; init; }

    /// <summary>The first seconds of intake, whose latencies are left out of the results.</summary>
    public int WarmupSeconds { get; init; }

    /// <summary>How long to keep listening for escalations after intake stops. Default 15 s.</summary>
    public int DrainSeconds { get; init; } = 15;

    /// <summary>The organisation the host runs with: generated from these settings (see <c>organisation</c> command).</summary>
    public OrganisationSettings Organisation { get; init; } = new();

    public IntakeSettings Intake { get; init; } = new();

    public ConsoleSettings Consoles { get; init; } = new();

    public Expectations Expectations { get; init; } = new();

    /// <summary>Running hosts to drive (a cluster's silos), when neither --target nor --launch is given. Default none.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    public TimeSpan Duration => TimeSpan.FromSeconds(DurationSeconds);

    public TimeSpan Warmup => TimeSpan.FromSeconds(WarmupSeconds);

    public TimeSpan Drain => TimeSpan.FromSeconds(DrainSeconds);
}
