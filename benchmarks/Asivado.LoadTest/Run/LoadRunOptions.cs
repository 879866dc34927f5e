using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Run;

/// <summary>One run: the scenario, the host's base address, and optional JWT and host pid to sample.</summary>
public sealed record LoadRunOptions(Scenario Scenario, Uri Target, string? Token, int? HostPid);
