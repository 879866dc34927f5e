namespace Asivado.Grains.Agents;

/// <summary>
/// The answer to a console's resume. <see cref="Epoch"/> names the feed's stream: it changes only when the feed
/// starts again from sequence 1 (the agent's state was lost, as the in-memory default loses it with the process),
/// so a sequence means something only together with its epoch.
/// </summary>
/// <param name="LastSequence">The feed's last sequence: where the console stands once it has applied <see cref="Pushes"/>.</param>
/// <param name="Truncated">
/// True when <see cref="Pushes"/> cannot be everything the console missed (another epoch, or pushes trimmed since):
/// the console replaces what it shows with <see cref="Snapshot"/> and reloads its lists.
/// </param>
/// <param name="Pushes">The retained pushes after the console's sequence (after 0 on another epoch), in order.</param>
public sealed record FeedResume(
    string Epoch,
    long LastSequence,
    bool Truncated,
    IReadOnlyList<ConsolePush> Pushes,
    AgentSnapshot Snapshot);
