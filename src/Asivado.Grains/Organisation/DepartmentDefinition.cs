using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;

namespace Asivado.Grains.Organisation;

/// <summary>
/// A department from the organisation configuration. <see cref="Policies"/> are the department's effective
/// policy revisions (with its overrides applied), published in the directory's <see cref="IOrganisationDirectory.Policies"/>.
/// </summary>
public sealed record DepartmentDefinition(
    string Id,
    string Name,
    CalendarReference Calendar,
    IReadOnlyList<PolicyReference> Policies,
    IReadOnlyList<string> MemberIds,
    IReadOnlyList<string> LeadIds,
    string? ManagerId);
