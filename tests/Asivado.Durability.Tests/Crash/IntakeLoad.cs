using System.Collections.Concurrent;
using Asivado.Durability.Gateway;

namespace Asivado.Durability.Tests.Crash;

/// <summary>
/// Concurrent clients posting cases back to back, each under a fresh idempotency key, until stopped or until the
/// host goes away: a client stops at its first transport failure, so each leaves at most one attempt whose outcome
/// it cannot know (in flight when the host died).
/// </summary>
internal sealed class IntakeLoad(CaseApiClient api, int clients, TimeProvider time)
{
    private readonly ConcurrentQueue<IntakeAttempt> _attempts = new();
    private long _nextIndex;
    private long _acknowledged;

    public IReadOnlyCollection<IntakeAttempt> Attempts => _attempts;

    public long AcknowledgedCount => Interlocked.Read(ref _acknowledged);

    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => ClientAsync(stop), CancellationToken.None)));

    private async Task ClientAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var index = Interlocked.Increment(ref _nextIndex);
            var attempt = new IntakeAttempt(index, Guid.NewGuid().ToString(), CaseIntakeBodies.Question(index)) { SentAt = time.GetUtcNow() };
            _attempts.Enqueue(attempt);
            try
            {
                // Not cancelled by stop: a request already sent runs to its end, or to the host's death.
                attempt.Response = await api.OpenAsync(attempt.IdempotencyKey, attempt.Body, CancellationToken.None).ConfigureAwait(false);
                if (attempt.Acknowledged)
                {
                    Interlocked.Increment(ref _acknowledged);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                attempt.Failure = exception;
                return;
            }
            finally
            {
                attempt.EndedAt = time.GetUtcNow();
            }
        }
    }
}
