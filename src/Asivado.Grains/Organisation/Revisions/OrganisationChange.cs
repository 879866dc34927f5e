using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;

namespace Asivado.Grains.Organisation.Revisions;

/// <summary>
/// What a revision changes in the directory, checked and not yet applied: the policy revisions and calendar version to
/// publish, and the departments whose effective policies or calendar move to them (with their new definitions).
/// </summary>
/// <param name="Reference">The revision's own id: "asivado-customer-service@r2", "london@v2", "ancs-12356@r1/billing@r2".</param>
public sealed record OrganisationChange(
    string Reference,
    IReadOnlyList<PolicyDocument> Policies,
    BusinessCalendarDefinition? Calendar,
    IReadOnlyList<DepartmentDefinition> Departments);
