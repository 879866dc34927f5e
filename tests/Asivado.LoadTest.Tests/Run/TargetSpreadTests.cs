using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Run;
using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Tests.Run;

public sealed class TargetSpreadTests
{
    private static readonly Uri[] Silos = [new("http://127.0.0.1:5081/"), new("http://127.0.0.1:5082/"), new("http://127.0.0.1:5083/")];

    [Fact]
    public void Cases_go_round_robin_over_the_silos()
    {
        var spread = new TargetSpread(Silos);

        Assert.Equal([Silos[0], Silos[1], Silos[2], Silos[0], Silos[1]], Enumerable.Range(0, 5).Select(i => spread.ForCase(i)));
    }

    [Fact]
    public void Every_console_is_on_another_silo_than_its_departments_cases_when_the_silos_divide_the_departments()
    {
        var organisation = OrganisationGenerator.Generate(new OrganisationSettings { Departments = 6, AgentsPerDepartment = 2, LeadsPerDepartment = 1 });
        var roster = ConsoleRoster.Select(organisation, 19);
        var spread = new TargetSpread(Silos);

        for (var caseIndex = 0L; caseIndex < 60; caseIndex++)
        {
            var department = organisation.Departments[(int)(caseIndex % organisation.Departments.Count)].Id;
            var intake = spread.ForCase(caseIndex);
            Assert.All(roster.Where(person => person.DepartmentId == department), person => Assert.NotEqual(intake, spread.ForConsole(person)));
        }
    }

    [Fact]
    public void Consoles_of_the_departments_spread_evenly()
    {
        var organisation = OrganisationGenerator.Generate(new OrganisationSettings { Departments = 6, AgentsPerDepartment = 2, LeadsPerDepartment = 1 });
        var spread = new TargetSpread(Silos);

        var perSilo = ConsoleRoster.Select(organisation, 18).GroupBy(spread.ForConsole).ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(new Dictionary<Uri, int> { [Silos[0]] = 6, [Silos[1]] = 6, [Silos[2]] = 6 }, perSilo);
    }

    [Fact]
    public void One_silo_takes_everything()
    {
        var spread = new TargetSpread([Silos[0]]);
        var person = new LoadPerson("p", "P", "d-1", 1, LoadPerson.AgentRole, 1);

        Assert.Equal(Silos[0], spread.ForCase(7));
        Assert.Equal(Silos[0], spread.ForConsole(person));
    }

    [Fact]
    public void No_silo_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TargetSpread([]));
    }
}
