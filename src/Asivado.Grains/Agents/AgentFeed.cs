using System.Globalization;
using Asivado.Orleans.Persistence.Collections;

namespace Asivado.Grains.Agents;

/// <summary>
/// An agent's console feed: every push gets the next sequence (1, 2, 3… without gaps); the feed keeps the last
/// <see cref="Retained"/> pushes and every escalation not yet acknowledged. It is stored push by push in a keyed
/// collection (key: the sequence), so a push writes one entry and trimming removes the oldest, whatever the
/// feed's length; in memory the pushes are also kept in sequence order for replay.
/// </summary>
internal sealed class AgentFeed
{
    public const int Retained = 1_000;

    private readonly IPersistentDictionary<FeedEntry> _entries;
    private readonly List<ConsolePush> _pushes;
    private readonly SortedSet<long> _open;

    public AgentFeed(IPersistentDictionary<FeedEntry> entries)
    {
        _entries = entries;
        _pushes = [.. entries.Values.Select(entry => entry.Push).OrderBy(push => push.Sequence)];
        _open = [.. entries.Values.Where(entry => entry.Open).Select(entry => entry.Push.Sequence)];
    }

    /// <summary>The sequence of the last push; the next push gets this plus one. The newest push is never trimmed.</summary>
    public long LastSequence => _pushes.Count == 0 ? 0 : _pushes[^1].Sequence;

    /// <summary>Escalations and the call grain's alerts wait in the inbox until acknowledged.</summary>
    public static bool IsAcknowledgeable(string kind) =>
        kind is ConsolePushKind.Escalation or ConsolePushKind.CallWaiting or ConsolePushKind.OverHold;

    /// <summary>Gives <paramref name="push"/> the next sequence, appends it and trims the feed; returns the stored push. Persist with <see cref="WriteAsync"/>.</summary>
    public ConsolePush Append(ConsolePush push)
    {
        var stored = push with { Sequence = LastSequence + 1 };
        var open = IsAcknowledgeable(stored.Kind);
        _pushes.Add(stored);
        _entries.Set(Key(stored.Sequence), new FeedEntry(stored, open));
        if (open)
        {
            _open.Add(stored.Sequence);
        }

        Trim();
        return stored;
    }

    public ConsolePush? Find(long sequence)
    {
        var index = IndexOf(sequence);
        return index >= 0 ? _pushes[index] : null;
    }

    /// <summary>
    /// The retained alert for the same step as <paramref name="alert"/> (kind, case or call, target, level, when the
    /// step and its deadline fell due), newest first; null when there is none. A sender that retries after losing the
    /// answer (the agent's silo died) gets the stored push back instead of a second one.
    /// </summary>
    public ConsolePush? FindSameStep(ConsolePush alert)
    {
        for (var index = _pushes.Count - 1; index >= 0; index--)
        {
            var push = _pushes[index];
            if (push.Kind == alert.Kind && push.StepDueAt == alert.StepDueAt && push.DueAt == alert.DueAt && push.Level == alert.Level
                && string.Equals(push.CaseId, alert.CaseId, StringComparison.Ordinal)
                && string.Equals(push.CallId, alert.CallId, StringComparison.Ordinal)
                && string.Equals(push.TargetId, alert.TargetId, StringComparison.Ordinal))
            {
                return push;
            }
        }

        return null;
    }

    public IReadOnlyList<ConsolePush> After(long sequence)
    {
        var index = IndexOf(sequence);
        var start = index >= 0 ? index + 1 : ~index;
        return _pushes.GetRange(start, _pushes.Count - start);
    }

    public bool IsOpen(long sequence) => _open.Contains(sequence);

    /// <summary>
    /// Whether <see cref="After"/> holds every push after <paramref name="sequence"/>: the last <see cref="Retained"/>
    /// are always kept, older ones only while open.
    /// </summary>
    public bool HasEverythingAfter(long sequence) => sequence >= LastSequence - Retained && sequence <= LastSequence;

    /// <returns>False when the escalation was not open.</returns>
    public bool Acknowledge(long sequence)
    {
        if (!_open.Remove(sequence) || Find(sequence) is not { } push)
        {
            return false;
        }

        if (sequence <= LastSequence - Retained)
        {
            Forget(sequence);
        }
        else
        {
            _entries.Set(Key(sequence), new FeedEntry(push, Open: false));
        }

        return true;
    }

    public IReadOnlyList<ConsolePush> OpenEscalations() => [.. _open.Select(Find).OfType<ConsolePush>()];

    public Task WriteAsync() => _entries.WriteChangesAsync();

    private static string Key(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    private int IndexOf(long sequence) =>
        _pushes.BinarySearch(new ConsolePush(sequence, string.Empty, default), BySequence.Instance);

    /// <summary>
    /// Drops the push that has just fallen out of the last <see cref="Retained"/>, unless it is an open escalation
    /// (one push falls out per append; an open one leaves when it is acknowledged).
    /// </summary>
    private void Trim() => Forget(LastSequence - Retained);

    private void Forget(long sequence)
    {
        var index = IndexOf(sequence);
        if (index >= 0 && !_open.Contains(sequence))
        {
            _pushes.RemoveAt(index);
            _entries.Remove(Key(sequence));
        }
    }

    private sealed class BySequence : IComparer<ConsolePush>
    {
        public static readonly BySequence Instance = new();

        public int Compare(ConsolePush? x, ConsolePush? y) => x!.Sequence.CompareTo(y!.Sequence);
    }
}
