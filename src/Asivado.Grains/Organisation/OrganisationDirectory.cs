using System.Collections.Frozen;
using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Calendars;
using Asivado.Domain.Deadlines;
using Asivado.Domain.Policies;

namespace Asivado.Grains.Organisation;

/// <summary>
/// The in-memory <see cref="IOrganisationDirectory"/>. The catalogs must already hold every calendar
/// version and policy revision the departments reference (the configuration loader checks it).
/// </summary>
public sealed class OrganisationDirectory : IOrganisationDirectory
{
    private readonly FrozenDictionary<string, DepartmentDefinition> _departments;
    private readonly FrozenDictionary<string, PersonDefinition> _people;

    public OrganisationDirectory(
        IEnumerable<DepartmentDefinition> departments,
        IEnumerable<PersonDefinition> people,
        PolicyCatalog policies,
        CalendarCatalog calendars,
        AcknowledgementTemplateCatalog? acknowledgementTemplates = null,
        AcknowledgementLanguage? acknowledgementLanguage = null)
    {
        Departments = [.. departments];
        People = [.. people];
        Policies = policies;
        Calendars = calendars;
        AcknowledgementTemplates = acknowledgementTemplates ?? AcknowledgementTemplateCatalog.WithDefaults();
        AcknowledgementLanguage = acknowledgementLanguage ?? AcknowledgementLanguage.Default;
        Deadlines = new DeadlineCalculator(policies, calendars);
        _departments = Departments.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
        _people = People.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<DepartmentDefinition> Departments { get; }

    public IReadOnlyList<PersonDefinition> People { get; }

    public PolicyCatalog Policies { get; }

    public CalendarCatalog Calendars { get; }

    public AcknowledgementTemplateCatalog AcknowledgementTemplates { get; }

    public AcknowledgementLanguage AcknowledgementLanguage { get; }

    public DeadlineCalculator Deadlines { get; }

    public DepartmentDefinition? FindDepartment(string departmentId) => _departments.GetValueOrDefault(departmentId);

    public PersonDefinition? FindPerson(string personId) => _people.GetValueOrDefault(personId);
}
