using System.Collections.Frozen;
using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Calendars;
using Asivado.Domain.Deadlines;
using Asivado.Domain.Policies;

namespace Asivado.Grains.Organisation;

/// <summary>
/// The in-memory <see cref="IOrganisationDirectory"/>. The catalogs must already hold every calendar
/// version and policy revision the departments reference (the configuration loader checks it). Departments are
/// swapped whole when a revision is applied; people do not change.
/// </summary>
public sealed class OrganisationDirectory : IOrganisationDirectory
{
    private readonly object _applyLock = new();
    private volatile FrozenDictionary<string, DepartmentDefinition> _departments;
    private volatile IReadOnlyList<DepartmentDefinition> _departmentList;
    private long _revision;
    private readonly FrozenDictionary<string, PersonDefinition> _people;

    public OrganisationDirectory(
        IEnumerable<DepartmentDefinition> departments,
        IEnumerable<PersonDefinition> people,
        PolicyCatalog policies,
        CalendarCatalog calendars,
        AcknowledgementTemplateCatalog? acknowledgementTemplates = null,
        AcknowledgementLanguage? acknowledgementLanguage = null)
    {
        _departmentList = [.. departments];
        People = [.. people];
        Policies = policies;
        Calendars = calendars;
        AcknowledgementTemplates = acknowledgementTemplates ?? AcknowledgementTemplateCatalog.WithDefaults();
        AcknowledgementLanguage = acknowledgementLanguage ?? AcknowledgementLanguage.Default;
        Deadlines = new DeadlineCalculator(policies, calendars);
        _departments = _departmentList.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
        _people = People.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<DepartmentDefinition> Departments => _departmentList;

    public IReadOnlyList<PersonDefinition> People { get; }

    public PolicyCatalog Policies { get; }

    public CalendarCatalog Calendars { get; }

    public AcknowledgementTemplateCatalog AcknowledgementTemplates { get; }

    public AcknowledgementLanguage AcknowledgementLanguage { get; }

    public DeadlineCalculator Deadlines { get; }

    public DepartmentDefinition? FindDepartment(string departmentId) => _departments.GetValueOrDefault(departmentId);

    public PersonDefinition? FindPerson(string personId) => _people.GetValueOrDefault(personId);

    public long Revision => Interlocked.Read(ref _revision);

    public void Apply(long revision, Revisions.OrganisationChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_applyLock)
        {
            if (revision <= _revision)
            {
                return;
            }

            // Policies and calendars first: a reader that finds a department's new references finds them published.
            foreach (var policy in change.Policies.Where(policy => !Policies.Contains(policy.Reference)))
            {
                Policies.Publish(policy);
            }

            if (change.Calendar is { } calendar && !Calendars.Contains(calendar.Reference))
            {
                Calendars.Publish(calendar);
            }

            var replaced = change.Departments.ToDictionary(d => d.Id, StringComparer.Ordinal);
            var departments = _departmentList.Select(d => replaced.GetValueOrDefault(d.Id, d)).ToList();
            _departments = departments.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
            _departmentList = departments;
            Interlocked.Exchange(ref _revision, revision);
        }
    }
}
