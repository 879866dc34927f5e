namespace Asivado.LoadTest.Scenarios;

/// <summary>
/// The load organisation: departments alike, each with its agents and leads, one manager over all of them, one
/// calendar open around the clock in UTC (so business time is wall time), and per-target policy overrides.
/// Ids: department "{idPrefix}-{n}", people "{department}-agent-{n}", "{department}-lead-{n}", "{idPrefix}-manager".
/// </summary>
public sealed record OrganisationSettings
{
    public int Departments { get; init; } = 1;

    public int AgentsPerDepartment { get; init; } = 1;

    /// <summary>Leads receive the escalations of cases nobody is assigned to. Default 1.</summary>
    public int LeadsPerDepartment { get; init; } = 1;

    /// <summary>One manager over every department (person "{idPrefix}-manager", in the first department). Default true.</summary>
    public bool Manager { get; init; } = true;

    /// <summary>Prefix of every department and person id. Default "lt".</summary>
    public string IdPrefix { get; init; } = "lt";

    /// <summary>The seed policies each department applies. Default ["asivado-customer-service"].</summary>
    public IReadOnlyList<string> Policies { get; init; } = [SeedTargets.CustomerServicePolicy];

    /// <summary>Budget and clock overrides of seed targets, the same for every department.</summary>
    public IReadOnlyList<TargetOverrideSettings> Overrides { get; init; } = [];

    /// <summary>The ladder of every listed policy: the policy's own, or its breach rung only. Default Policy.</summary>
    public EscalationLadder Escalation { get; init; } = EscalationLadder.Policy;

    public int LeadCount => Departments * LeadsPerDepartment;

    public int PeopleCount => (Departments * (AgentsPerDepartment + LeadsPerDepartment)) + (Manager ? 1 : 0);
}
