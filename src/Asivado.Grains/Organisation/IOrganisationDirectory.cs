using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Calendars;
using Asivado.Domain.Deadlines;
using Asivado.Domain.Policies;

namespace Asivado.Grains.Organisation;

/// <summary>
/// The organisation loaded from configuration at start-up (departments, staff, calendars, policies),
/// read by grains and the gateway, plus the revisions published since (<see cref="Apply"/>). Thread-safe: a reader
/// sees a department as it was before or after a revision, never half of one; registered as a singleton.
/// </summary>
public interface IOrganisationDirectory
{
    IReadOnlyList<DepartmentDefinition> Departments { get; }

    IReadOnlyList<PersonDefinition> People { get; }

    PolicyCatalog Policies { get; }

    CalendarCatalog Calendars { get; }

    /// <summary>Every revision of the acknowledgement templates (the defaults and the configured ones).</summary>
    AcknowledgementTemplateCatalog AcknowledgementTemplates { get; }

    /// <summary>The language the organisation writes to customers in.</summary>
    AcknowledgementLanguage AcknowledgementLanguage { get; }

    /// <summary>Built over <see cref="Policies"/> and <see cref="Calendars"/>.</summary>
    DeadlineCalculator Deadlines { get; }

    DepartmentDefinition? FindDepartment(string departmentId);

    PersonDefinition? FindPerson(string personId);

    /// <summary>The number of the last published revision applied here (0: the configuration as loaded).</summary>
    long Revision { get; }

    /// <summary>
    /// Applies published revision <paramref name="revision"/>: publishes its policies and calendar in the catalogs and
    /// replaces the departments it changes. Revisions apply in order, once: an older or the same number does nothing.
    /// </summary>
    void Apply(long revision, Revisions.OrganisationChange change);
}
