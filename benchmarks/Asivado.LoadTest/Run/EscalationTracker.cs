using System.Collections.Concurrent;
using System.Text.Json;
using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Run;

/// <summary>
/// Takes every push a console receives: checks each console's sequence for gaps, and for
/// escalations records lateness (arrival minus dueAt, on this machine's clock) and the case escalated.
/// </summary>
public sealed class EscalationTracker(TimeProvider timeProvider, DateTimeOffset runStart)
{
    private readonly ConcurrentDictionary<string, byte> _escalatedCases = new();
    private long _received;
    private long _sequenceGaps;
    private long _malformed;

    public LatencyTimeSeries Lateness { get; } = new();

    public long Received => Interlocked.Read(ref _received);

    public long SequenceGaps => Interlocked.Read(ref _sequenceGaps);

    public long Malformed => Interlocked.Read(ref _malformed);

    public int CasesEscalated => _escalatedCases.Count;

    public bool WasEscalated(string caseId) => _escalatedCases.ContainsKey(caseId);

    /// <summary>A tracker for one console; pushes on one connection arrive in order on its receive loop.</summary>
    public Action<JsonElement> ForConsole()
    {
        long lastSequence = 0;
        return arguments =>
        {
            var arrivedAt = timeProvider.GetUtcNow();
            if (arguments.ValueKind != JsonValueKind.Array || arguments.GetArrayLength() != 1
                || !TryRead(arguments[0], out var sequence, out var kind, out var caseId, out var dueAt))
            {
                Interlocked.Increment(ref _malformed);
                return;
            }

            if (lastSequence != 0 && sequence > lastSequence + 1)
            {
                Interlocked.Add(ref _sequenceGaps, sequence - lastSequence - 1);
            }

            lastSequence = Math.Max(lastSequence, sequence);
            if (kind == WireContract.EscalationKind)
            {
                Interlocked.Increment(ref _received);
                _escalatedCases.TryAdd(caseId!, 0);
                Lateness.Record(arrivedAt - runStart, arrivedAt - dueAt);
            }
        };
    }

    private static bool TryRead(JsonElement push, out long sequence, out string? kind, out string? caseId, out DateTimeOffset dueAt)
    {
        sequence = 0;
        kind = caseId = null;
        dueAt = default;
        if (push.ValueKind != JsonValueKind.Object
            || !push.TryGetProperty("sequence"u8, out var sequenceElement) || !sequenceElement.TryGetInt64(out sequence)
            || !push.TryGetProperty("kind"u8, out var kindElement) || kindElement.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        kind = kindElement.GetString();
        if (kind != WireContract.EscalationKind)
        {
            return true;
        }

        return push.TryGetProperty("caseId"u8, out var caseElement) && caseElement.ValueKind == JsonValueKind.String && (caseId = caseElement.GetString()) is not null
            && push.TryGetProperty("dueAt"u8, out var dueElement) && dueElement.TryGetDateTimeOffset(out dueAt);
    }
}
