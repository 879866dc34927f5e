using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Tests.Organisation;

public sealed class OrganisationGeneratorTests
{
    [Fact]
    public void Departments_have_their_agents_and_leads_and_one_manager_is_over_all()
    {
        var organisation = OrganisationGenerator.Generate(new OrganisationSettings { Departments = 2, AgentsPerDepartment = 3, LeadsPerDepartment = 2, IdPrefix = "x" });

        Assert.Equal(["x-1", "x-2"], organisation.Departments.Select(department => department.Id));
        Assert.Equal(["x-2-lead-1", "x-2-lead-2"], organisation.Departments[1].Leads.Select(lead => lead.Id));
        Assert.Equal(["x-1-agent-1", "x-1-agent-2", "x-1-agent-3"], organisation.Departments[0].Agents.Select(agent => agent.Id));
        Assert.Equal(new LoadPerson("x-2-lead-2", "x-2-lead-2", "x-2", 1, "lead", OrganisationGenerator.LeadCapacity, 1), organisation.FindPerson("x-2-lead-2"));
        Assert.Equal(new LoadPerson("x-1-agent-3", "x-1-agent-3", "x-1", 0, "agent", OrganisationGenerator.AgentCapacity), organisation.FindPerson("x-1-agent-3"));
        Assert.Equal(new LoadPerson("x-manager", "x-manager", "x-1", 0, "manager", OrganisationGenerator.ManagerCapacity), organisation.Manager);
        Assert.Equal(11, organisation.People.Count);
        Assert.Equal(organisation.Settings.PeopleCount, organisation.People.Count);
        Assert.Equal(organisation.People.Count, organisation.People.Select(person => person.Id).Distinct().Count());
    }

    [Fact]
    public void Department_ids_are_zero_padded_so_they_sort_in_order()
    {
        var organisation = OrganisationGenerator.Generate(new OrganisationSettings { Departments = 100, AgentsPerDepartment = 0, Manager = false });

        Assert.Equal("lt-001", organisation.Departments[0].Id);
        Assert.Equal("lt-100", organisation.Departments[99].Id);
        Assert.Null(organisation.Manager);
        Assert.Equal(100, organisation.People.Count);
    }

    [Fact]
    public void The_same_settings_give_the_same_organisation()
    {
        var settings = new OrganisationSettings { Departments = 3, AgentsPerDepartment = 2 };

        Assert.Equal(
            OrganisationDocument.Build(OrganisationGenerator.Generate(settings)).ToJsonString(),
            OrganisationDocument.Build(OrganisationGenerator.Generate(settings)).ToJsonString());
    }
}
