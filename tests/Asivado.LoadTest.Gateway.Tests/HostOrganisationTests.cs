using Asivado.Domain.Cases;
using Asivado.Domain.Escalation;
using Asivado.Grains.Organisation;
using Asivado.Grains.Organisation.Configuration;
using Asivado.LoadTest.Organisation;
using NodaTime;

namespace Asivado.LoadTest.Gateway.Tests;

/// <summary>The organisation files the load tester writes, loaded by the host's own loader and asked for deadlines by its own calculator.</summary>
public sealed class HostOrganisationTests
{
    private static readonly Instant Received = Instant.FromUtc(2026, 11, 22, 3, 0, 0);

    [Theory]
    [MemberData(nameof(ScenarioFiles.All), MemberType = typeof(ScenarioFiles))]
    public void Every_shipped_scenario_gives_an_organisation_the_host_loads(string file)
    {
        var organisation = OrganisationGenerator.Generate(ScenarioFiles.Load(file).Organisation);

        var directory = OrganisationJson.Parse(OrganisationDocument.Build(organisation).ToJsonString());

        Assert.Equal(organisation.Departments.Select(department => department.Id), directory.Departments.Select(department => department.Id));
        Assert.Equal(organisation.People.Count, directory.People.Count);
        foreach (var department in organisation.Departments)
        {
            var loaded = directory.FindDepartment(department.Id)!;
            Assert.Equal(department.Leads.Select(lead => lead.Id), loaded.LeadIds);
            Assert.Equal(organisation.Manager?.Id, loaded.ManagerId);
        }

        Assert.All(organisation.People, person => Assert.Equal(person.DepartmentId, directory.FindPerson(person.Id)!.DepartmentId));
    }

    [Fact]
    public void The_smoke_override_makes_acknowledge_due_5_seconds_after_intake_at_any_hour_with_one_breach_to_assignee_and_leads()
    {
        var directory = Load("smoke.json");
        var department = directory.FindDepartment("lt-1")!;

        foreach (var received in new[] { Received, Received.Plus(Duration.FromHours(12)), Instant.FromUtc(2026, 11, 28, 23, 59, 58) })
        {
            var clocks = directory.Deadlines.StartClocks(Channel.Voicemail, CaseKind.RequestForService, received, department.Policies, department.Calendar);
            var acknowledge = clocks.Single(clock => clock.TargetId == "acknowledge");

            Assert.Equal(received.Plus(Duration.FromSeconds(5)), directory.Deadlines.DueAt(acknowledge));
            var step = Assert.Single(directory.Deadlines.EscalationSteps(acknowledge));
            Assert.Equal(EscalationLevel.Breach, step.Level);
            Assert.Equal(received.Plus(Duration.FromSeconds(5)), step.DueAt);
            Assert.Equal([RecipientRole.Assignee, RecipientRole.DepartmentLead], step.Recipients.ToArray());
        }
    }

    [Fact]
    public void Without_overrides_the_seed_budgets_count_the_around_the_clock_calendar()
    {
        var directory = Load("intake.json");
        var department = directory.FindDepartment("lt-001")!;

        var clocks = directory.Deadlines.StartClocks(Channel.Email, CaseKind.Question, Received, department.Policies, department.Calendar);

        Assert.Equal(Received.Plus(Duration.FromDays(1)), directory.Deadlines.DueAt(clocks.Single(clock => clock.TargetId == "acknowledge")));
        Assert.Equal(Received.Plus(Duration.FromDays(7)), directory.Deadlines.DueAt(clocks.Single(clock => clock.TargetId == "respond")));
        Assert.Equal(5, directory.Deadlines.EscalationSteps(clocks[0]).Count);
    }

    private static OrganisationDirectory Load(string scenario) =>
        OrganisationJson.Parse(OrganisationDocument.Build(OrganisationGenerator.Generate(ScenarioFiles.Load(scenario).Organisation)).ToJsonString());
}
