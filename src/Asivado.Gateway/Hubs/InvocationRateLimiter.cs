namespace Asivado.Gateway.Hubs;

/// <summary>
/// A token bucket on the host's clock: <see cref="Burst"/> tokens at most, refilled at <see cref="PerSecond"/>,
/// one per invocation. (System.Threading.RateLimiting's limiters run on the real clock; this one follows the
/// TimeProvider so that tests drive it.) Thread-safe.
/// </summary>
public sealed class InvocationRateLimiter
{
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private double _tokens;
    private DateTimeOffset _refilledAt;

    public InvocationRateLimiter(double perSecond, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        ArgumentNullException.ThrowIfNull(time);
        PerSecond = perSecond;
        Burst = burst;
        _time = time;
        _tokens = burst;
        _refilledAt = time.GetUtcNow();
    }

    public double PerSecond { get; }

    public int Burst { get; }

    /// <returns>True when the invocation may go ahead (a token was taken).</returns>
    public bool TryAcquire()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (now > _refilledAt)
            {
                _tokens = Math.Min(Burst, _tokens + ((now - _refilledAt).TotalSeconds * PerSecond));
                _refilledAt = now;
            }

            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }
}
