using System.Text.Json.Nodes;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Tests.Organisation;

public sealed class OrganisationDocumentTests
{
    private static readonly OrganisationSettings Settings = new()
    {
        Departments = 2,
        AgentsPerDepartment = 1,
        LeadsPerDepartment = 1,
        Policies = ["asivado-customer-service", "ancs-12356"],
        Overrides =
        [
            new TargetOverrideSettings { Target = "acknowledge", Budget = "PT20S" },
            new TargetOverrideSettings { Target = "reply-written", Clock = TargetClock.BusinessTime, Budget = "PT1M30S" },
        ],
        Escalation = EscalationLadder.BreachOnly,
    };

    [Fact]
    public void One_calendar_open_around_the_clock_in_utc()
    {
        var calendar = Assert.Single(Build(Settings)["calendars"]!.AsArray())!;

        Assert.Equal(
            """{"id":"always-open","timeZone":"Etc/UTC","weeklyHours":[{"days":["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"],"start":"00:00","end":"24:00"}]}""",
            calendar.ToJsonString());
    }

    [Fact]
    public void Each_department_lists_its_policies_leads_manager_and_the_overrides_per_policy()
    {
        var department = Build(Settings)["departments"]![1]!;

        Assert.Equal("lt-2", (string?)department["id"]);
        Assert.Equal("always-open", (string?)department["calendar"]);
        Assert.Equal("""["asivado-customer-service","ancs-12356"]""", department["policies"]!.ToJsonString());
        Assert.Equal("""["lt-2-lead-1"]""", department["leads"]!.ToJsonString());
        Assert.Equal("lt-manager", (string?)department["manager"]);
        var overrides = department["overrides"]!;
        Assert.Equal(
            """{"targets":[{"id":"acknowledge","clock":"WallClock","budget":{"time":"PT20S"}}],"escalation":{"rules":[{"name":"breach","level":"Breach","percentOfBudget":100,"recipients":["Assignee","DepartmentLead"]}]}}""",
            overrides["asivado-customer-service"]!.ToJsonString());
        Assert.Equal("""[{"id":"reply-written","clock":"BusinessTime","budget":{"time":"PT90S"}}]""", overrides["ancs-12356"]!["targets"]!.ToJsonString());
    }

    [Fact]
    public void The_policy_ladder_and_no_overrides_write_no_overrides()
    {
        var department = Build(new OrganisationSettings())["departments"]![0]!.AsObject();

        Assert.False(department.ContainsKey("overrides"));
    }

    [Fact]
    public void A_target_override_with_the_policy_ladder_keeps_the_ladder()
    {
        var overrides = Build(new OrganisationSettings { Overrides = [new TargetOverrideSettings { Target = "acknowledge", Budget = "PT0.5S" }] })["departments"]![0]!["overrides"]!;

        Assert.Equal("""{"asivado-customer-service":{"targets":[{"id":"acknowledge","clock":"WallClock","budget":{"time":"PT0.5S"}}]}}""", overrides.ToJsonString());
    }

    [Fact]
    public void People_have_exactly_the_organisation_file_fields()
    {
        var people = Build(Settings)["people"]!.AsArray();

        Assert.Equal(5, people.Count);
        Assert.Equal("""{"id":"lt-1-lead-1","name":"lt-1-lead-1","department":"lt-1","role":"lead","capacity":2}""", people[0]!.ToJsonString());
        Assert.Equal("""{"id":"lt-manager","name":"lt-manager","department":"lt-1","role":"manager","capacity":1}""", people[^1]!.ToJsonString());
        Assert.All(people, person => Assert.Equal(["id", "name", "department", "role", "capacity"], person!.AsObject().Select(field => field.Key)));
    }

    [Fact]
    public async Task The_file_written_is_the_document()
    {
        var path = Path.Combine(Path.GetTempPath(), $"org-{Guid.NewGuid():N}.json");
        try
        {
            var organisation = OrganisationGenerator.Generate(Settings);
            await OrganisationDocument.WriteAsync(organisation, path);

            Assert.Equal(OrganisationDocument.Build(organisation).ToJsonString(), JsonNode.Parse(await File.ReadAllTextAsync(path))!.ToJsonString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static JsonObject Build(OrganisationSettings settings) => OrganisationDocument.Build(OrganisationGenerator.Generate(settings));
}
