namespace Asivado.LoadTest.Consoles;

/// <summary>
/// One agent's feed as a console applies it (src/Asivado.Gateway/Hubs/README.md): on every (re)connect Resume from
/// the last sequence applied, holding live pushes back until Resume answers, then apply in sequence order, dropping
/// what was already applied. The sequence is the agent's own and gap-free on the host, so a jump is a lost push.
/// The first Resume only sets the starting point: what the agent's feed held before the run is not counted.
/// Thread-safe: live pushes come from the receive loop, Resume's answer from another thread.
/// </summary>
public sealed class ConsoleFeed(Action<ConsolePushMessage, DateTimeOffset> applied)
{
    private readonly Lock _gate = new();
    private readonly List<(ConsolePushMessage Push, DateTimeOffset ArrivedAt)> _held = [];
    private long _last;
    private bool _resuming;
    private bool _started;
    private long _gaps;
    private long _duplicates;
    private long _applied;

    public long LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    public long SequenceGaps => Interlocked.Read(ref _gaps);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public long Applied => Interlocked.Read(ref _applied);

    /// <summary>Call before sending Resume: live pushes are held until <see cref="EndResume"/> or <see cref="AbandonResume"/>.</summary>
    /// <returns>The sequence to resume after.</returns>
    public long BeginResume()
    {
        lock (_gate)
        {
            _resuming = true;
            return _last;
        }
    }

    public void OnLive(ConsolePushMessage push, DateTimeOffset arrivedAt)
    {
        lock (_gate)
        {
            if (_resuming)
            {
                _held.Add((push, arrivedAt));
            }
            else
            {
                Apply(push, arrivedAt);
            }
        }
    }

    /// <param name="resumed">Resume's answer, in sequence order.</param>
    public void EndResume(IReadOnlyList<ConsolePushMessage> resumed, DateTimeOffset arrivedAt)
    {
        ArgumentNullException.ThrowIfNull(resumed);
        lock (_gate)
        {
            if (_started)
            {
                foreach (var push in resumed)
                {
                    Apply(push, arrivedAt);
                }
            }
            else
            {
                _last = Math.Max(_last, resumed.Count == 0 ? 0 : resumed.Max(push => push.Sequence));
                _held.RemoveAll(held => held.Push.Sequence <= _last);
                _started = true;
            }

            foreach (var (push, at) in _held)
            {
                Apply(push, at);
            }

            _held.Clear();
            _resuming = false;
        }
    }

    /// <summary>Resume failed (the connection ended): drop what was held back; the next Resume asks for it again.</summary>
    public void AbandonResume()
    {
        lock (_gate)
        {
            _held.Clear();
            _resuming = false;
        }
    }

    private void Apply(ConsolePushMessage push, DateTimeOffset arrivedAt)
    {
        if (push.Sequence <= _last)
        {
            Interlocked.Increment(ref _duplicates);
            return;
        }

        if (push.Sequence > _last + 1)
        {
            Interlocked.Add(ref _gaps, push.Sequence - _last - 1);
        }

        _last = push.Sequence;
        Interlocked.Increment(ref _applied);
        applied(push, arrivedAt);
    }
}
