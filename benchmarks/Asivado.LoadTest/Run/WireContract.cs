namespace Asivado.LoadTest.Run;

/// <summary>
/// Every path, header, hub name and push field the load tester uses of the host, in one place (the host's
/// src/Asivado.Gateway/Api/README.md, Authentication/README.md and Hubs/README.md).
/// </summary>
public static class WireContract
{
    /// <summary>POST as an integration (<see cref="ApiKeyHeader"/>); JSON <see cref="CaseIntakeRequest"/>; 201 Created with the case: id, departmentId, deadlines[{targetId, dueAt}].</summary>
    public const string CaseIntakePath = "api/cases";

    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>An integration's key (Authentication:IntegrationKeys); signs the request in with role integration.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Agent consoles' hub; negotiate and connect with the agent's own token, <see cref="AgentIdQueryParameter"/> = the token's sub.</summary>
    public const string ConsoleHubPath = "hubs/console";

    public const string AgentIdQueryParameter = "agentId";

    /// <summary>Server-to-console invocation with one ConsolePush: { sequence, kind, at, caseId, departmentId, targetId, level, percentOfBudget, dueAt, stepDueAt?, … }.</summary>
    public const string PushTarget = "push";

    /// <summary>
    /// Console-to-server: Resume(long lastSequence, string? epoch) answers {epoch, lastSequence, truncated, pushes, snapshot},
    /// pushes being the agent's feed after lastSequence, in order. The load tester passes null at first, then the epoch of
    /// the last answer, as the console page does.
    /// </summary>
    public const string ResumeMethod = "Resume";

    /// <summary>Console-to-server: AcknowledgeEscalation(long sequence).</summary>
    public const string AcknowledgeMethod = "AcknowledgeEscalation";

    /// <summary>The push kind counted as an escalation.</summary>
    public const string EscalationKind = "escalation";

    /// <summary>The escalation level of a breach (its step is due at the deadline's dueAt).</summary>
    public const string BreachLevel = "Breach";

    /// <summary>The code a hub error message starts with when the per-connection rate limit refused an invocation.</summary>
    public const string RateLimitedError = "rate limited";

    /// <summary>
    /// Whether a hub error is the rate limit's: the server sends a HubException's message after its type name
    /// ("An unexpected error occurred invoking 'X' on the server. HubException: rate limited: …").
    /// </summary>
    public static bool IsRateLimited(string hubError) =>
        hubError.StartsWith(RateLimitedError, StringComparison.Ordinal) || hubError.Contains("HubException: " + RateLimitedError, StringComparison.Ordinal);

    /// <summary>Sent with <see cref="ReturnMinimal"/> when the scenario asks for minimal answers (RFC 7240).</summary>
    public const string PreferHeader = "Prefer";

    public const string ReturnMinimal = "return=minimal";
}
