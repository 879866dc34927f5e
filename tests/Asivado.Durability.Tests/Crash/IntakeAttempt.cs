using System.Text.Json.Nodes;
using Asivado.Durability.Gateway;

namespace Asivado.Durability.Tests.Crash;

/// <summary>One POST /api/cases under an idempotency key, and how it ended: an answer, or a transport failure (outcome unknown).</summary>
internal sealed class IntakeAttempt(long index, string idempotencyKey, JsonObject body)
{
    public long Index { get; } = index;

    public string IdempotencyKey { get; } = idempotencyKey;

    public JsonObject Body { get; } = body;

    public DateTimeOffset SentAt { get; set; }

    /// <summary>When the answer (or the failure) came back.</summary>
    public DateTimeOffset EndedAt { get; set; }

    public IntakeResponse? Response { get; set; }

    public Exception? Failure { get; set; }

    /// <summary>The client knows a case exists only after a 201.</summary>
    public bool Acknowledged => Response?.Created == true && Response.CaseId is not null;
}
