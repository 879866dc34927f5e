using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    internal const string Valid = """
        {
          "name": "t",
          "durationSeconds": 10,
          "warmupSeconds": 2,
          "drainSeconds": 30,
          "organisation": {
            "departments": 3,
            "agentsPerDepartment": 2,
            "leadsPerDepartment": 2,
            "overrides": [ { "target": "acknowledge", "budget": "PT20S" } ],
            "escalation": "BreachOnly"
          },
          "intake": { "ratePerSecond": 5, "channels": ["Email"] },
          "consoles": { "count": 6 },
          "expectations": { "maxErrors": 1, "maxLostEscalations": 2, "breaches": ["acknowledge"] }
        }
        """;

    [Fact]
    public void Targets_are_read_as_given()
    {
        var scenario = ScenarioLoader.Parse(Valid.Replace("\"name\": \"t\",", "\"name\": \"t\", \"targets\": [\"http://127.0.0.1:5081\", \"http://127.0.0.1:5082/\"],", StringComparison.Ordinal), "targets.json");

        Assert.Equal(["http://127.0.0.1:5081", "http://127.0.0.1:5082/"], scenario.Targets);
    }

    [Fact]
    public void Valid_scenario_is_read_with_defaults_for_omitted_fields()
    {
        var scenario = ScenarioLoader.Parse(Valid, "valid.json");

        Assert.Equal("t", scenario.Name);
        Assert.Equal(TimeSpan.FromSeconds(10), scenario.Duration);
        Assert.Equal(TimeSpan.FromSeconds(30), scenario.Drain);
        Assert.Equal(5, scenario.Intake.RatePerSecond);
        Assert.Equal(1_000, scenario.Intake.MaxConcurrency);
        Assert.Equal(["Question", "Complaint", "RequestForService"], scenario.Intake.Kinds);
        Assert.Equal(["asivado-customer-service"], scenario.Organisation.Policies);
        Assert.True(scenario.Organisation.Manager);
        Assert.Equal("lt", scenario.Organisation.IdPrefix);
        Assert.Equal(EscalationLadder.BreachOnly, scenario.Organisation.Escalation);
        var change = Assert.Single(scenario.Organisation.Overrides);
        Assert.Equal(TargetClock.WallClock, change.Clock);
        Assert.Equal(TimeSpan.FromSeconds(20), change.BudgetDuration);
        Assert.Equal(13, scenario.Organisation.PeopleCount);
        Assert.Equal(6, scenario.Organisation.LeadCount);
        Assert.Equal(5, scenario.Expectations.ArrivalGraceSeconds);
        Assert.False(scenario.Consoles.AcknowledgeEscalations);
    }

    [Theory]
    [InlineData("smoke.json", "smoke", 10, 7)]
    [InlineData("intake.json", "intake-2000", 2000, 0)]
    [InlineData("intake-5000.json", "intake-5000", 5000, 0)]
    [InlineData("consoles.json", "consoles-10000", 20, 10_000)]
    [InlineData("escalations.json", "escalations-1000", 125, 226)]
    [InlineData("memory.json", "memory-1000000", 1500, 0)]
    [InlineData("overload.json", "overload", 5000, 0)]
    [InlineData("one-department.json", "one-department", 2000, 0)]
    [InlineData("burst.json", "burst", 5000, 0)]
    [InlineData("baseline.json", "baseline", 50, 31)]
    [InlineData("cluster.json", "cluster", 100, 600)]
    public void Shipped_scenarios_load(string file, string name, double rate, int consoles)
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Path(file));

        Assert.Equal(name, scenario.Name);
        Assert.Equal(rate, scenario.Intake.RatePerSecond);
        Assert.Equal(consoles, scenario.Consoles.Count);
    }

    [Fact]
    public void Smoke_scenario_fits_in_a_ci_minute_and_every_case_breaches_during_it()
    {
        var smoke = ScenarioLoader.Load(ScenarioFiles.Path("smoke.json"));

        Assert.True(smoke.DurationSeconds + smoke.DrainSeconds <= 25, "smoke's load must leave most of a CI minute for start-up and the statistics flush");
        Assert.Equal(["acknowledge"], smoke.Expectations.Breaches);
        Assert.True(smoke.Consoles.Count >= smoke.Organisation.LeadCount);
    }

    [Fact]
    public void The_scenarios_for_the_targets_are_in_proportion()
    {
        var memory = ScenarioLoader.Load(ScenarioFiles.Path("memory.json"));
        var escalations = ScenarioLoader.Load(ScenarioFiles.Path("escalations.json"));
        var consoles = ScenarioLoader.Load(ScenarioFiles.Path("consoles.json"));

        Assert.True(memory.Intake.RatePerSecond * memory.DurationSeconds >= 1_000_000);
        Assert.Equal(1_000, escalations.Intake.RatePerSecond * escalations.Organisation.LeadsPerDepartment);
        Assert.Equal(10_000, consoles.Organisation.PeopleCount);
    }

    [Theory]
    [InlineData("\"ratePerSecond\": 5", "\"ratePerSecond\": 0", "intake.ratePerSecond: must be greater than 0 (got 0).")]
    [InlineData("\"channels\": [\"Email\"]", "\"channels\": [\"Fax\"]", "intake.channels: 'Fax' is not one of Phone, Visit, Email, PostalMail, Voicemail, WebTicket.")]
    [InlineData("\"channels\": [\"Email\"]", "\"channels\": [\"Email\", \"Email\"]", "intake.channels: 'Email' is listed more than once.")]
    [InlineData("\"channels\": [\"Email\"]", "\"channels\": [\"Email\"], \"kinds\": [\"Praise\"]", "intake.kinds: 'Praise' starts no customer-service targets, so its cases cannot breach (expectations.breaches); use Complaint, Question, RequestForService.")]
    [InlineData("\"departments\": 3", "\"departments\": 0", "organisation.departments: must be at least 1 (got 0).")]
    [InlineData("\"agentsPerDepartment\": 2", "\"agentsPerDepartment\": -1", "organisation.agentsPerDepartment: must be at least 0 (got -1).")]
    [InlineData("\"leadsPerDepartment\": 2", "\"leadsPerDepartment\": 0", "organisation.leadsPerDepartment: must be at least 1 when expectations.breaches is not empty: the leads receive the breaches of cases nobody is assigned to.")]
    [InlineData("\"escalation\": \"BreachOnly\"", "\"escalation\": \"BreachOnly\", \"idPrefix\": \"a b\"", "organisation.idPrefix: letters, digits, '.', '_' and '-' only, not empty (got 'a b').")]
    [InlineData("\"budget\": \"PT20S\"", "\"budget\": \"20 seconds\"", "organisation.overrides[0].budget: must be a positive ISO-8601 duration without years or months, e.g. \"PT20S\" (got '20 seconds').")]
    [InlineData("\"budget\": \"PT20S\"", "\"budget\": \"P1M\"", "organisation.overrides[0].budget: must be a positive ISO-8601 duration without years or months, e.g. \"PT20S\" (got 'P1M').")]
    [InlineData("\"target\": \"acknowledge\"", "\"target\": \"reply-written\"", "organisation.overrides[0].target: 'reply-written' belongs to ancs-12356, which organisation.policies does not list.")]
    [InlineData("\"target\": \"acknowledge\"", "\"target\": \"greet\"", "organisation.overrides[0].target: 'greet' is not one of acknowledge, refer, respond, answer-call, hold, return-voicemail, reply-written.")]
    [InlineData("\"count\": 6", "\"count\": 5", "consoles.count: must be at least the 6 leads (departments × leadsPerDepartment), who receive the breaches of cases nobody is assigned to (got 5).")]
    [InlineData("\"count\": 6", "\"count\": 20", "consoles.count: must be between 0 and the organisation's 13 people (got 20).")]
    [InlineData("\"drainSeconds\": 30", "\"drainSeconds\": 24", "drainSeconds: must be at least the 'acknowledge' budget (20 s) plus expectations.arrivalGraceSeconds (5 s), so that the last case's breach is due and arrives during the drain (got 24).")]
    [InlineData("\"breaches\": [\"acknowledge\"]", "\"breaches\": [\"refer\"]", "expectations.breaches[0]: 'refer' has no override in organisation.overrides, so it keeps its business-day budget and cannot breach during a run.")]
    [InlineData("\"warmupSeconds\": 2", "\"warmupSeconds\": 10", "warmupSeconds: must be at least 0 and less than durationSeconds (got 10).")]
    [InlineData("\"maxErrors\": 1", "\"maxErrors\": -1", "expectations.maxErrors: must be at least 0 (got -1).")]
    [InlineData("\"name\": \"t\",", "", "name: required.")]
    [InlineData("\"channels\": [\"Email\"]", "\"channels\": [\"Email\"], \"phases\": [ { \"ratePerSecond\": 5, \"seconds\": 4 }, { \"ratePerSecond\": 1, \"seconds\": 4 } ]", "intake.phases: their seconds must add up to durationSeconds (10; got 8).")]
    [InlineData("\"channels\": [\"Email\"]", "\"channels\": [\"Email\"], \"phases\": [ { \"ratePerSecond\": 4, \"seconds\": 5 }, { \"ratePerSecond\": 1, \"seconds\": 5 } ]", "intake.ratePerSecond: must be the highest phase's rate (4) when phases are given.")]
    [InlineData("\"channels\": [\"Email\"]", "\"channels\": [\"Email\"], \"phases\": [ { \"ratePerSecond\": 5, \"seconds\": 10 }, { \"ratePerSecond\": 0, \"seconds\": 0 } ]", "intake.phases[1]: ratePerSecond and seconds must be greater than 0 (got 0, 0).")]
    [InlineData("\"name\": \"t\",", "\"name\": \"t\", \"targets\": [\"http://127.0.0.1:5081\", \"127.0.0.1:5082\"],", "targets[1]: must be an absolute http or https address without query, e.g. http://127.0.0.1:5081 (got '127.0.0.1:5082').")]
    [InlineData("\"name\": \"t\",", "\"name\": \"t\", \"targets\": [\"http://127.0.0.1:5081\", \"http://127.0.0.1:5081/\"],", "targets[1]: http://127.0.0.1:5081/ is given twice.")]
    [InlineData("\"name\": \"t\",", "\"name\": \"t\", \"targets\": null,", "targets: must be a list of addresses (or left out).")]
    public void Invalid_values_are_reported_naming_their_field(string valid, string invalid, string expectedError)
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid.Replace(valid, invalid, StringComparison.Ordinal), "bad.json"));

        Assert.StartsWith($"Scenario 'bad.json' is invalid:{Environment.NewLine}", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"{Environment.NewLine}  {expectedError}{Environment.NewLine}", exception.Message + Environment.NewLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"ratePerSecond\": 5", "\"ratePerSecond\": \"fast\"", "intake.ratePerSecond")]
    [InlineData("\"escalation\": \"BreachOnly\"", "\"escalation\": \"Sometimes\"", "organisation.escalation")]
    [InlineData("\"escalation\": \"BreachOnly\"", "\"escalation\": 1", "organisation.escalation")]
    [InlineData("\"budget\": \"PT20S\"", "\"budget\": \"PT20S\", \"clock\": \"Sundial\"", "organisation.overrides[0].clock")]
    public void A_value_of_the_wrong_type_names_its_field(string valid, string invalid, string field)
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid.Replace(valid, invalid, StringComparison.Ordinal), "bad.json"));

        Assert.StartsWith($"Scenario 'bad.json': field '{field}' is invalid:", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"count\": 6", "\"count\": 6, \"cuont\": 4", "cuont")]
    [InlineData("\"maxErrors\": 1", "\"maxErrors\": 1, \"sla\": {}", "sla")]
    public void An_unknown_field_is_named(string valid, string invalid, string field)
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid.Replace(valid, invalid, StringComparison.Ordinal), "bad.json"));

        Assert.Contains($"'{field}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_errors_are_all_reported()
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(
            Valid.Replace("\"ratePerSecond\": 5", "\"ratePerSecond\": -1", StringComparison.Ordinal).Replace("\"departments\": 3", "\"departments\": 0", StringComparison.Ordinal),
            "bad.json"));

        Assert.Contains("intake.ratePerSecond:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("organisation.departments:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("/nonexistent/scenario.json"));

        Assert.Equal("Scenario file '/nonexistent/scenario.json' does not exist.", exception.Message);
    }
}
