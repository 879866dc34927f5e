using System.Globalization;
using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Organisation;

/// <summary>Builds the load organisation from a scenario's settings; the same settings always give the same organisation.</summary>
public static class OrganisationGenerator
{
    public const int AgentCapacity = 3;
    public const int LeadCapacity = 2;
    public const int ManagerCapacity = 1;

    public static LoadOrganisation Generate(OrganisationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var width = settings.Departments.ToString(CultureInfo.InvariantCulture).Length;
        var departments = new List<LoadDepartment>(settings.Departments);
        for (var index = 0; index < settings.Departments; index++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{settings.IdPrefix}-{(index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')}");
            var leads = Enumerable.Range(0, settings.LeadsPerDepartment)
                .Select(lead => Person($"{id}-lead-{lead + 1}", id, index, LoadPerson.LeadRole, LeadCapacity, lead))
                .ToList();
            var agents = Enumerable.Range(0, settings.AgentsPerDepartment)
                .Select(agent => Person($"{id}-agent-{agent + 1}", id, index, LoadPerson.AgentRole, AgentCapacity))
                .ToList();
            departments.Add(new LoadDepartment(id, index, leads, agents));
        }

        var manager = settings.Manager
            ? Person($"{settings.IdPrefix}-manager", departments[0].Id, 0, LoadPerson.ManagerRole, ManagerCapacity)
            : null;
        return new LoadOrganisation(settings, departments, manager);
    }

    private static LoadPerson Person(string id, string departmentId, int departmentIndex, string role, int capacity, int leadIndex = -1) =>
        new(id, id, departmentId, departmentIndex, role, capacity, leadIndex);
}
