namespace Asivado.LoadTest.Scenarios;

/// <summary>Agent consoles held open on the hub for the whole run.</summary>
public sealed record ConsoleSettings
{
    public int Count { get; init; }

    /// <summary>Agent id of console i: string.Format(pattern, i). Default "agent-{0}".</summary>
    public string AgentIdPattern { get; init; } = "agent-{0}";

    public string AgentId(int index) => string.Format(System.Globalization.CultureInfo.InvariantCulture, AgentIdPattern, index);
}
