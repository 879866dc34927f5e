using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Reports;

/// <summary>The load organisation of a run, as the report shows it.</summary>
/// <param name="Overrides">"acknowledge: WallClock PT20S", one per overridden target.</param>
public sealed record OrganisationSummary(
    int Departments,
    int AgentsPerDepartment,
    int LeadsPerDepartment,
    bool Manager,
    int People,
    IReadOnlyList<string> Policies,
    IReadOnlyList<string> Overrides,
    string Escalation)
{
    public static OrganisationSummary From(OrganisationSettings settings) => new(
        settings.Departments,
        settings.AgentsPerDepartment,
        settings.LeadsPerDepartment,
        settings.Manager,
        settings.PeopleCount,
        settings.Policies,
        [.. settings.Overrides.Select(change => $"{change.Target}: {change.Clock} {change.Budget}")],
        settings.Escalation.ToString());
}
