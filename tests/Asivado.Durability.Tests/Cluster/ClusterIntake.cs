using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Asivado.Durability.Gateway;

namespace Asivado.Durability.Tests.Cluster;

/// <summary>
/// Concurrent integration clients taking cases in through every live silo in turn, each case to one of the
/// departments in turn. A request whose outcome is unknown (its silo died: a transport failure) or that was refused
/// with 503 is sent again under the same idempotency key to the next live silo, so each case ends acknowledged once.
/// Anything else is recorded as a failure.
/// </summary>
internal sealed class ClusterIntake : IDisposable
{
    private const int MaxAttempts = 20;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    private readonly SiloCluster _cluster;
    private readonly IReadOnlyList<string> _departments;
    private readonly ConcurrentDictionary<Uri, (HttpClient Http, CaseApiClient Api)> _silos = new();
    private readonly string _integrationToken;
    private readonly int _clients;
    private readonly ConcurrentBag<(string CaseId, string DepartmentId, int Silo)> _acknowledged = [];
    private readonly ConcurrentBag<string> _failures = [];
    private readonly List<(Func<IReadOnlyCollection<(string CaseId, string DepartmentId, int Silo)>, bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private long _next;
    private long _retried503;
    private long _retriedUnknown;

    public ClusterIntake(SiloCluster cluster, IReadOnlyList<string> departments, string integrationToken, int clients)
    {
        _cluster = cluster;
        _departments = departments;
        _clients = clients;
        _integrationToken = integrationToken;
    }

    /// <summary>(case id, department, the silo that answered 201).</summary>
    public IReadOnlyCollection<(string CaseId, string DepartmentId, int Silo)> Acknowledged => _acknowledged;

    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Completes once the cases acknowledged so far satisfy <paramref name="condition"/> (checked now and after each).</summary>
    public Task WhenAcknowledgedAsync(Func<IReadOnlyCollection<(string CaseId, string DepartmentId, int Silo)>, bool> condition)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiters.Add((condition, done));
        }

        CheckWaiters();
        return done.Task;
    }

    public long Retried503 => Interlocked.Read(ref _retried503);

    public long RetriedUnknown => Interlocked.Read(ref _retriedUnknown);

    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, _clients).Select(_ => Task.Run(() => ClientAsync(stop), CancellationToken.None)));

    public void Dispose()
    {
        foreach (var (http, _) in _silos.Values)
        {
            http.Dispose();
        }
    }

    private void CheckWaiters()
    {
        lock (_waiters)
        {
            _waiters.RemoveAll(waiter =>
            {
                if (!waiter.Condition(_acknowledged))
                {
                    return false;
                }

                waiter.Done.TrySetResult();
                return true;
            });
        }
    }

    /// <summary>The client for the silo's current process (a restarted silo listens on a new port).</summary>
    private CaseApiClient Api(int silo) => _silos.GetOrAdd(_cluster.Silos[silo].BaseAddress, address =>
    {
        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _integrationToken);
        return (http, new CaseApiClient(http));
    }).Api;

    private async Task ClientAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var index = Interlocked.Increment(ref _next);
            var departmentId = _departments[(int)(index % _departments.Count)];
            var key = Guid.NewGuid().ToString();
            var body = CaseIntakeBodies.Question(index, departmentId);
            for (var attempt = 0; ; attempt++)
            {
                var alive = _cluster.Alive;
                var silo = alive[(int)((index + attempt) % alive.Count)];
                try
                {
                    var response = await Api(silo).OpenAsync(key, body, CancellationToken.None).ConfigureAwait(false);
                    // 200: a retry found the case its lost first attempt had stored.
                    if (response.Status is HttpStatusCode.Created or HttpStatusCode.OK && response.CaseId is { } caseId)
                    {
                        _acknowledged.Add((caseId, departmentId, silo));
                        CheckWaiters();
                        break;
                    }

                    if (response.Status != HttpStatusCode.ServiceUnavailable)
                    {
                        _failures.Add($"intake {index} on {SiloCluster.SiloName(silo)}: {(int)response.Status} {response.Text}");
                        break;
                    }

                    Interlocked.Increment(ref _retried503);
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                {
                    Interlocked.Increment(ref _retriedUnknown);
                }

                if (attempt + 1 == MaxAttempts)
                {
                    _failures.Add($"intake {index}: not acknowledged after {MaxAttempts} attempts");
                    break;
                }

                // A client's back-off before sending again, not a wait for an outcome.
                await Task.Delay(RetryDelay, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
