using Asivado.LoadTest.Host;
using Asivado.LoadTest.Reports;
using Npgsql;

namespace Asivado.LoadTest.Database;

/// <summary>
/// Reads a database's statistics and its backends' CPU once a second from a start reading, and at the end waits
/// for PostgreSQL to flush every backend's counters (within 10 s of going idle) before the final reading.
/// </summary>
public sealed class DatabaseSampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly PostgresStatistics _statistics;
    private readonly string _databaseName;
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly BackendCpuMeter _backends = new();
    private readonly List<DatabaseSample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private DatabaseCounters _first = DatabaseCounters.Zero;
    private DatabaseCounters _last = DatabaseCounters.Zero;
    private long _firstTimestamp;
    private long _lastTimestamp;
    private long _backendTicks;
    private long _serverTicksAtStart;
    private long _serverTicksLast;
    private Task _loop = Task.CompletedTask;

    private DatabaseSampler(PostgresStatistics statistics, string databaseName, TimeProvider time, long origin)
    {
        _statistics = statistics;
        _databaseName = databaseName;
        _time = time;
        _origin = origin;
    }

    /// <summary>The latest per-second sample, for the live table.</summary>
    public DatabaseSample? Latest
    {
        get
        {
            lock (_samples)
            {
                return _samples.LastOrDefault();
            }
        }
    }

    /// <param name="origin">Timestamp (of <paramref name="time"/>) that sample times count from.</param>
    public static async Task<DatabaseSampler> StartAsync(PostgresStatistics statistics, string databaseName, TimeProvider time, long origin, CancellationToken cancellationToken)
    {
        var sampler = new DatabaseSampler(statistics, databaseName, time, origin);
        sampler._first = sampler._last = await statistics.ReadCountersAsync(databaseName, cancellationToken).ConfigureAwait(false);
        sampler._backends.Advance(await statistics.ReadBackendPidsAsync(databaseName, cancellationToken).ConfigureAwait(false));
        sampler._serverTicksAtStart = sampler._serverTicksLast = BackendCpuMeter.ServerTicks();
        sampler._firstTimestamp = sampler._lastTimestamp = time.GetTimestamp();
        sampler._loop = sampler.LoopAsync();
        return sampler;
    }

    public async Task<DatabaseResults> StopAsync(TimeSpan flushWait, CancellationToken cancellationToken)
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        if (flushWait > TimeSpan.Zero)
        {
            await Task.Delay(flushWait, _time, cancellationToken).ConfigureAwait(false);
        }

        await SampleAsync(cancellationToken).ConfigureAwait(false);
        var window = _time.GetElapsedTime(_firstTimestamp, _lastTimestamp).TotalSeconds;
        var totals = _last.Minus(_first);
        List<DatabaseSample> samples;
        lock (_samples)
        {
            samples = [.. _samples];
        }

        return new DatabaseResults(
            _databaseName,
            window,
            flushWait.TotalSeconds,
            totals,
            totals.Per(window),
            _backends.SeesServer ? CpuPercent(_backendTicks, window) : null,
            _backends.SeesServer ? CpuPercent(_serverTicksLast - _serverTicksAtStart, window) : null,
            samples);
    }

    /// <summary>Stops the once-a-second readings (a run that ended early); <see cref="StopAsync"/> does this too.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
    }

    private static double CpuPercent(long ticks, double seconds) =>
        seconds > 0 ? ticks / (double)HostProcessSampler.ClockTicksPerSecond / seconds * 100 : 0;

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                await SampleAsync(_stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        DatabaseCounters counters;
        long backendTicks;
        try
        {
            counters = await _statistics.ReadCountersAsync(_databaseName, cancellationToken).ConfigureAwait(false);
            backendTicks = _backends.Advance(await _statistics.ReadBackendPidsAsync(_databaseName, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            return; // A missed reading (or the statistics connection closed); the next one covers its interval.
        }

        var serverTicks = BackendCpuMeter.ServerTicks();
        var now = _time.GetTimestamp();
        var seconds = _time.GetElapsedTime(_lastTimestamp, now).TotalSeconds;
        var sample = new DatabaseSample(
            _time.GetElapsedTime(_origin, now).TotalSeconds,
            counters.Minus(_last).Per(seconds),
            _backends.SeesServer ? CpuPercent(backendTicks, seconds) : null,
            _backends.SeesServer ? CpuPercent(serverTicks - _serverTicksLast, seconds) : null);
        lock (_samples)
        {
            _samples.Add(sample);
        }

        _last = counters;
        _lastTimestamp = now;
        _backendTicks += backendTicks;
        _serverTicksLast = serverTicks;
    }
}
