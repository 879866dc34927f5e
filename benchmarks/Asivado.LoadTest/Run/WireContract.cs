namespace Asivado.LoadTest.Run;

/// <summary>
/// Every path, header and hub name the load tester assumes of the host, in one place
/// (documented in benchmarks/README.md, "Load tester"). Change them here when the host differs.
/// </summary>
public static class WireContract
{
    /// <summary>POST; JSON <see cref="CaseIntakeRequest"/>; 201 Created with { "id": "..." }.</summary>
    public const string CaseIntakePath = "api/cases";

    /// <summary>PUT before the run, once per scenario department; JSON { "acknowledge": "00:00:05", ... }; any 2xx.</summary>
    public const string SlaOverridesPathFormat = "api/departments/{0}/sla-overrides";

    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Agent consoles' hub; the agent id goes in <see cref="AgentIdQueryParameter"/>, the JWT in access_token.</summary>
    public const string ConsoleHubPath = "hubs/console";

    public const string AgentIdQueryParameter = "agentId";

    /// <summary>Server-to-console invocation carrying one push message: { sequence, kind, caseId, dueAt, level, ... }.</summary>
    public const string PushTarget = "push";

    /// <summary>The push kind counted as an escalation.</summary>
    public const string EscalationKind = "escalation";
}
