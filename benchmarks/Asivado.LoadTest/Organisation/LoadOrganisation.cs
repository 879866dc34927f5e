using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Organisation;

/// <summary>The generated organisation: what the host's organisation file holds and whom the consoles sign in as.</summary>
public sealed class LoadOrganisation
{
    private readonly Dictionary<string, LoadPerson> _people;

    public LoadOrganisation(OrganisationSettings settings, IReadOnlyList<LoadDepartment> departments, LoadPerson? manager)
    {
        Settings = settings;
        Departments = departments;
        Manager = manager;
        People = [.. departments.SelectMany(department => department.Leads.Concat(department.Agents)), .. manager is null ? [] : new[] { manager }];
        _people = People.ToDictionary(person => person.Id, StringComparer.Ordinal);
    }

    public OrganisationSettings Settings { get; }

    public IReadOnlyList<LoadDepartment> Departments { get; }

    public LoadPerson? Manager { get; }

    public IReadOnlyList<LoadPerson> People { get; }

    public const string CalendarId = "always-open";

    public LoadPerson? FindPerson(string id) => _people.GetValueOrDefault(id);
}
