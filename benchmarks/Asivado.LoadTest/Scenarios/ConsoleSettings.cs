namespace Asivado.LoadTest.Scenarios;

/// <summary>
/// Agent consoles held open on the hub for the whole run, one per person, each signed in as that person: every
/// lead first (cases nobody is assigned to escalate to the leads), then agents department by department in turn,
/// then the manager.
/// </summary>
public sealed record ConsoleSettings
{
    public int Count { get; init; }

    /// <summary>Acknowledge each escalation as it arrives, as a person would (keeps the agents' open escalations small). Default false.</summary>
    public bool AcknowledgeEscalations { get; init; }
}
