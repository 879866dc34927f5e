using Asivado.LoadTest.Launch;
using Asivado.LoadTest.Scenarios;
using Asivado.LoadTest.SignIn;

namespace Asivado.LoadTest.Run;

/// <summary>
/// What <c>run</c> was asked to do: launch a gateway or a cluster (<see cref="Launch"/>) or drive the hosts at
/// <see cref="Targets"/> (a cluster's silos), which must run the scenario's organisation and know
/// <see cref="SigningKey"/> and <see cref="IntegrationKey"/>.
/// </summary>
public sealed record RunRequest(Scenario Scenario)
{
    public HostLaunchOptions? Launch { get; init; }

    /// <summary>Base addresses (ending in '/'); empty with <see cref="Launch"/>.</summary>
    public IReadOnlyList<Uri> Targets { get; init; } = [];

    /// <summary>Required with <see cref="Targets"/>; generated for a launch when null.</summary>
    public SigningKey? SigningKey { get; init; }

    /// <summary>Required with <see cref="Targets"/>; generated for a launch when null.</summary>
    public IntegrationKey? IntegrationKey { get; init; }

    /// <summary>With <see cref="Targets"/>: the host's process on this machine, to sample.</summary>
    public int? HostPid { get; init; }

    /// <summary>How long to wait after the drain for PostgreSQL to flush its statistics. Default 11 s.</summary>
    public TimeSpan StatsFlushWait { get; init; } = DatabaseTarget.DefaultFlushWait;

    /// <summary>How compare names the run; default the scenario and the host settings.</summary>
    public string? Label { get; init; }

    public string EffectiveLabel =>
        Label ?? (Launch is { Settings.Count: > 0 } launch ? $"{Scenario.Name} ({string.Join(", ", launch.Settings)})" : Scenario.Name);
}
