using System.Collections.Concurrent;
using Asivado.LoadTest.Consoles;
using Asivado.LoadTest.Measurement;
using Asivado.LoadTest.Organisation;

namespace Asivado.LoadTest.Escalations;

/// <summary>
/// Takes every push the consoles apply: counts them by kind, and for escalations records lateness (arrival minus the
/// step's due instant, on this machine's clock, by arrival time since <paramref name="origin"/>) and the breach
/// deliveries for the <see cref="DeliveryLedger"/>. Thread-safe.
/// </summary>
public sealed class EscalationTracker(DateTimeOffset origin, DeliveryLedger ledger)
{
    private readonly ConcurrentDictionary<string, byte> _escalatedCases = new(StringComparer.Ordinal);
    private long _received;
    private long _withoutDueInstant;
    private long _early;

    public LatencyTimeSeries Lateness { get; } = new();

    public ConcurrentDictionary<string, long> PushesByKind { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, long> ByLevel { get; } = new(StringComparer.Ordinal);

    public DeliveryLedger Ledger => ledger;

    public long Received => Interlocked.Read(ref _received);

    public long WithoutDueInstant => Interlocked.Read(ref _withoutDueInstant);

    public long Early => Interlocked.Read(ref _early);

    public int CasesEscalated => _escalatedCases.Count;

    public void OnPush(LoadPerson recipient, ConsolePushMessage push, DateTimeOffset arrivedAt)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(push);
        PushesByKind.AddOrUpdate(push.Kind, 1, static (_, count) => count + 1);
        if (!push.IsEscalation)
        {
            return;
        }

        Interlocked.Increment(ref _received);
        ByLevel.AddOrUpdate(push.Level ?? "(none)", 1, static (_, count) => count + 1);
        _escalatedCases.TryAdd(push.CaseId!, 0);
        if (push.LatenessReference is { } due)
        {
            var lateness = arrivedAt - due;
            if (lateness < TimeSpan.Zero)
            {
                Interlocked.Increment(ref _early);
            }

            Lateness.Record(arrivedAt - origin, lateness);
        }
        else
        {
            Interlocked.Increment(ref _withoutDueInstant);
        }

        if (push.Level == Run.WireContract.BreachLevel)
        {
            ledger.RecordBreach(recipient, push.CaseId!, push.TargetId);
        }
    }
}
