using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Tests.Organisation;

public sealed class ConsoleRosterTests
{
    private static readonly LoadOrganisation Organisation = OrganisationGenerator.Generate(new OrganisationSettings { Departments = 2, AgentsPerDepartment = 2, LeadsPerDepartment = 1 });

    [Fact]
    public void Leads_come_first_then_agents_in_turn_across_departments_then_the_manager()
    {
        Assert.Equal(
            ["lt-1-lead-1", "lt-2-lead-1", "lt-1-agent-1", "lt-2-agent-1", "lt-1-agent-2", "lt-2-agent-2", "lt-manager"],
            ConsoleRoster.Select(Organisation, 7).Select(person => person.Id));
    }

    [Fact]
    public void A_smaller_count_keeps_the_first_ones()
    {
        Assert.Equal(["lt-1-lead-1", "lt-2-lead-1", "lt-1-agent-1"], ConsoleRoster.Select(Organisation, 3).Select(person => person.Id));
        Assert.Empty(ConsoleRoster.Select(Organisation, 0));
    }
}
