namespace Asivado.Grains.Agents;

/// <summary>One stored push of an agent's console feed; <see cref="Open"/> while an escalation or call alert waits to be acknowledged.</summary>
public sealed record FeedEntry(ConsolePush Push, bool Open);
