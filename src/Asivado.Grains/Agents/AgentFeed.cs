namespace Asivado.Grains.Agents;

/// <summary>
/// The rules of an agent's console feed: every push gets the next sequence (1, 2, 3… without gaps);
/// the feed keeps the last <see cref="Retained"/> pushes and every escalation not yet acknowledged.
/// </summary>
internal static class AgentFeed
{
    public const int Retained = 1_000;

    /// <summary>Escalations and the call grain's alerts wait in the inbox until acknowledged.</summary>
    public static bool IsAcknowledgeable(string kind) =>
        kind is ConsolePushKind.Escalation or ConsolePushKind.CallWaiting or ConsolePushKind.OverHold;

    /// <summary>Gives <paramref name="push"/> the next sequence, appends it and trims the feed; returns the stored push.</summary>
    public static ConsolePush Append(AgentGrainState state, ConsolePush push)
    {
        var stored = push with { Sequence = state.LastSequence + 1 };
        state.LastSequence = stored.Sequence;
        state.Feed.Add(stored);
        if (IsAcknowledgeable(stored.Kind))
        {
            state.OpenEscalations.Add(stored.Sequence);
        }

        Trim(state);
        return stored;
    }

    public static ConsolePush? Find(AgentGrainState state, long sequence)
    {
        var index = state.Feed.BinarySearch(new ConsolePush(sequence, string.Empty, default), BySequence.Instance);
        return index >= 0 ? state.Feed[index] : null;
    }

    public static IReadOnlyList<ConsolePush> After(AgentGrainState state, long sequence)
    {
        var index = state.Feed.BinarySearch(new ConsolePush(sequence, string.Empty, default), BySequence.Instance);
        var start = index >= 0 ? index + 1 : ~index;
        return state.Feed.GetRange(start, state.Feed.Count - start);
    }

    public static IReadOnlyList<ConsolePush> OpenEscalations(AgentGrainState state) =>
        [.. state.OpenEscalations.Select(sequence => Find(state, sequence)).OfType<ConsolePush>()];

    private static void Trim(AgentGrainState state)
    {
        var oldestRetained = state.LastSequence - Retained;
        if (state.Feed.Count == 0 || state.Feed[0].Sequence > oldestRetained)
        {
            return;
        }

        var open = state.OpenEscalations.ToHashSet();
        state.Feed.RemoveAll(push => push.Sequence <= oldestRetained && !open.Contains(push.Sequence));
    }

    private sealed class BySequence : IComparer<ConsolePush>
    {
        public static readonly BySequence Instance = new();

        public int Compare(ConsolePush? x, ConsolePush? y) => x!.Sequence.CompareTo(y!.Sequence);
    }
}
