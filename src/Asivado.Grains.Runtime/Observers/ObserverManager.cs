using Asivado.Grains.Runtime.Abstractions;

namespace Asivado.Grains.Runtime.Observers;

/// <summary>
/// Keeps a grain's observer subscriptions, as Orleans' ObserverManager does: a subscription expires
/// <see cref="ExpirationDuration"/> after its last <see cref="Subscribe"/> (observers re-subscribe to stay),
/// measured on the given TimeProvider; an observer whose notification fails is dropped. Not thread-safe:
/// use it from the grain's turns.
/// </summary>
public sealed class ObserverManager<TObserver>
    where TObserver : class, IGrainObserver
{
    private readonly Dictionary<TObserver, DateTimeOffset> _lastSeen = new(ReferenceEqualityComparer.Instance);
    private readonly TimeProvider _time;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expirationDuration"/> is not positive.</exception>
    public ObserverManager(TimeSpan expirationDuration, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(expirationDuration, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(time);
        ExpirationDuration = expirationDuration;
        _time = time;
    }

    public TimeSpan ExpirationDuration { get; }

    /// <summary>Subscriptions that have not expired yet.</summary>
    public int Count
    {
        get
        {
            RemoveExpired();
            return _lastSeen.Count;
        }
    }

    public IReadOnlyCollection<TObserver> Observers
    {
        get
        {
            RemoveExpired();
            return _lastSeen.Keys.ToList();
        }
    }

    /// <summary>Adds the observer, or renews its subscription.</summary>
    public void Subscribe(TObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _lastSeen[observer] = _time.GetUtcNow();
    }

    /// <returns>True when the observer was subscribed.</returns>
    public bool Unsubscribe(TObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        return _lastSeen.Remove(observer);
    }

    public void Clear() => _lastSeen.Clear();

    /// <summary>Calls every live observer (that matches <paramref name="predicate"/>); drops those that fail.</summary>
    /// <returns>The observers that were dropped.</returns>
    public async Task<IReadOnlyList<TObserver>> NotifyAsync(Func<TObserver, Task> notification, Func<TObserver, bool>? predicate = null)
    {
        ArgumentNullException.ThrowIfNull(notification);
        RemoveExpired();
        var targets = _lastSeen.Keys.Where(o => predicate is null || predicate(o)).ToList();
        var calls = targets.Select(o => Notify(o, notification)).ToList();
        var outcomes = await Task.WhenAll(calls).ConfigureAwait(false);
        var dropped = new List<TObserver>();
        for (var i = 0; i < targets.Count; i++)
        {
            if (!outcomes[i])
            {
                _lastSeen.Remove(targets[i]);
                dropped.Add(targets[i]);
            }
        }

        return dropped;
    }

    private static async Task<bool> Notify(TObserver observer, Func<TObserver, Task> notification)
    {
        try
        {
            await notification(observer).ConfigureAwait(false);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private void RemoveExpired()
    {
        var cutoff = _time.GetUtcNow() - ExpirationDuration;
        foreach (var (observer, lastSeen) in _lastSeen.ToList())
        {
            if (lastSeen <= cutoff)
            {
                _lastSeen.Remove(observer);
            }
        }
    }
}
