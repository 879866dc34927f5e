using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;

namespace Asivado.Grains.Organisation;

/// <summary>
/// A department from the organisation configuration. <see cref="Policies"/> are the department's effective
/// policy revisions (with its overrides applied), published in the directory's <see cref="IOrganisationDirectory.Policies"/>.
/// </summary>
/// <param name="PolicySources">One per entry of <see cref="Policies"/>, same order; null: each is its own base, without overrides.</param>
public sealed record DepartmentDefinition(
    string Id,
    string Name,
    CalendarReference Calendar,
    IReadOnlyList<PolicyReference> Policies,
    IReadOnlyList<string> MemberIds,
    IReadOnlyList<string> LeadIds,
    string? ManagerId,
    IReadOnlyList<DepartmentPolicySource>? PolicySources = null)
{
    /// <summary>The base policy and overrides behind each of <see cref="Policies"/>, in the same order.</summary>
    public IReadOnlyList<DepartmentPolicySource> Sources() =>
        PolicySources ?? [.. Policies.Select(policy => new DepartmentPolicySource(policy.PolicyId, null))];
}
