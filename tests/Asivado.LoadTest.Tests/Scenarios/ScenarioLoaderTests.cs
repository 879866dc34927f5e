using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    private const string Valid = """
        {
          "name": "t",
          "durationSeconds": 10,
          "warmupSeconds": 2,
          "intake": { "ratePerSecond": 5, "departments": ["d1"], "channels": ["Email"] },
          "consoles": { "count": 3, "agentIdPattern": "agent-{0}" },
          "sla": { "targetOverrides": { "acknowledge": "00:00:05" } },
          "expectations": { "maxErrors": 1, "maxLostEscalations": 2 }
        }
        """;

    [Fact]
    public void Valid_scenario_is_read_with_defaults_for_omitted_fields()
    {
        var scenario = ScenarioLoader.Parse(Valid, "valid.json");

        Assert.Equal("t", scenario.Name);
        Assert.Equal(TimeSpan.FromSeconds(10), scenario.Duration);
        Assert.Equal(TimeSpan.FromSeconds(15), scenario.Drain);
        Assert.Equal(5, scenario.Intake.RatePerSecond);
        Assert.Equal(["Question", "Complaint", "Request"], scenario.Intake.Kinds);
        Assert.Equal("agent-2", scenario.Consoles.AgentId(2));
        Assert.Equal(TimeSpan.FromSeconds(5), scenario.Sla.TargetOverrides["acknowledge"]);
        Assert.Equal(new Expectations { MaxErrors = 1, MaxLostEscalations = 2 }, scenario.Expectations);
    }

    [Theory]
    [InlineData("smoke.json", "smoke", 50, 20)]
    [InlineData("full.json", "full", 5000, 10000)]
    public void Shipped_scenarios_load(string file, string name, double rate, int consoles)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(ScenarioDirectory(), file));

        Assert.Equal(name, scenario.Name);
        Assert.Equal(rate, scenario.Intake.RatePerSecond);
        Assert.Equal(consoles, scenario.Consoles.Count);
    }

    [Fact]
    public void Smoke_scenario_fits_in_under_a_minute()
    {
        var smoke = ScenarioLoader.Load(Path.Combine(ScenarioDirectory(), "smoke.json"));

        Assert.True(smoke.DurationSeconds + smoke.DrainSeconds < 60, "smoke must finish within a CI minute");
    }

    [Theory]
    [InlineData("\"ratePerSecond\": 5", "\"ratePerSecond\": 0", "intake.ratePerSecond: must be greater than 0 (got 0).")]
    [InlineData("\"channels\": [\"Email\"]", "\"channels\": [\"Fax\"]", "intake.channels: 'Fax' is not one of Phone, Visit, Email, PostalMail, Voicemail, WebTicket.")]
    [InlineData("\"departments\": [\"d1\"]", "\"departments\": []", "intake.departments: needs at least one department id, none blank.")]
    [InlineData("\"agent-{0}\"", "\"agent\"", "consoles.agentIdPattern: must contain {0} for the console number (got 'agent').")]
    [InlineData("\"00:00:05\"", "\"00:00:00\"", "sla.targetOverrides.acknowledge: must be greater than 00:00:00 (got 00:00:00).")]
    [InlineData("\"warmupSeconds\": 2", "\"warmupSeconds\": 10", "warmupSeconds: must be at least 0 and less than durationSeconds (got 10).")]
    [InlineData("\"maxErrors\": 1", "\"maxErrors\": -1", "expectations.maxErrors: must be at least 0 (got -1).")]
    [InlineData("\"name\": \"t\",", "", "name: required.")]
    public void Invalid_values_are_reported_with_their_field(string valid, string invalid, string expectedError)
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid.Replace(valid, invalid, StringComparison.Ordinal), "bad.json"));

        Assert.Equal($"Scenario 'bad.json' is invalid:{Environment.NewLine}  {expectedError}", exception.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_its_field()
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid.Replace("\"ratePerSecond\": 5", "\"ratePerSecond\": \"fast\"", StringComparison.Ordinal), "bad.json"));

        Assert.StartsWith("Scenario 'bad.json': field 'intake.ratePerSecond' is invalid:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_named()
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Valid.Replace("\"count\": 3", "\"count\": 3, \"cuont\": 4", StringComparison.Ordinal), "bad.json"));

        Assert.Contains("cuont", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("/nonexistent/scenario.json"));

        Assert.Equal("Scenario file '/nonexistent/scenario.json' does not exist.", exception.Message);
    }

    private static string ScenarioDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "benchmarks", "Asivado.LoadTest", "scenarios");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("benchmarks/Asivado.LoadTest/scenarios not found above the test output.");
    }
}
