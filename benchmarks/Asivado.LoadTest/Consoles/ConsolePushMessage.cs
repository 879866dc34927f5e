using System.Text.Json;
using Asivado.LoadTest.Run;

namespace Asivado.LoadTest.Consoles;

/// <summary>The fields of a ConsolePush the load tester uses (src/Asivado.Gateway/Hubs/README.md).</summary>
/// <param name="DueAt">For an escalation, the deadline's due instant.</param>
/// <param name="StepDueAt">For an escalation, when its step fell due (sent by hosts that have it).</param>
public sealed record ConsolePushMessage(long Sequence, string Kind, string? CaseId, string? TargetId, string? Level, DateTimeOffset? DueAt, DateTimeOffset? StepDueAt)
{
    public bool IsEscalation => Kind == WireContract.EscalationKind;

    /// <summary>The instant lateness is measured from: stepDueAt, or for a breach its dueAt (the breach step is due at the deadline); else null.</summary>
    public DateTimeOffset? LatenessReference => StepDueAt ?? (Level == WireContract.BreachLevel ? DueAt : null);

    /// <summary>Reads one push object (sequence 0: a latest value outside the feed); false when sequence or kind is missing, or an escalation has no caseId.</summary>
    public static bool TryRead(JsonElement push, out ConsolePushMessage message)
    {
        message = null!;
        if (push.ValueKind != JsonValueKind.Object
            || !push.TryGetProperty("sequence"u8, out var sequenceElement) || !sequenceElement.TryGetInt64(out var sequence) || sequence < 0
            || !push.TryGetProperty("kind"u8, out var kindElement) || kindElement.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        message = new ConsolePushMessage(
            sequence,
            kindElement.GetString()!,
            String(push, "caseId"u8),
            String(push, "targetId"u8),
            String(push, "level"u8),
            Instant(push, "dueAt"u8),
            Instant(push, "stepDueAt"u8));
        return !message.IsEscalation || message.CaseId is not null;
    }

    private static string? String(JsonElement push, ReadOnlySpan<byte> name) =>
        push.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Instant(JsonElement push, ReadOnlySpan<byte> name) =>
        push.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var instant) ? instant : null;
}
