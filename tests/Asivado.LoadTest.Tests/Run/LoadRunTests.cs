using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Reports;
using Asivado.LoadTest.Run;
using Asivado.LoadTest.Scenarios;
using Asivado.LoadTest.SignIn;
using Asivado.LoadTest.Tests.Scenarios;

namespace Asivado.LoadTest.Tests.Run;

public sealed class LoadRunTests
{
    [Fact]
    public async Task A_host_that_has_exited_ends_the_run_with_what_it_has_and_a_failed_verdict()
    {
        var scenario = ScenarioLoader.Parse(ScenarioLoaderTests.Valid, "valid.json");
        var organisation = OrganisationGenerator.Generate(scenario.Organisation);
        var options = new LoadRunOptions(
            scenario,
            organisation,
            new TargetSpread([new Uri("http://127.0.0.1:9/")]),
            IntegrationKey.Generate(),
            [],
            new Dictionary<string, string>(),
            new HostInfo(HostInfo.LaunchedEmbedded, "http://127.0.0.1:9/", [], null, null),
            "exited")
        {
            HostExited = Task.CompletedTask,
        };

        var results = await new LoadRun(options, TimeProvider.System).ExecuteAsync(CancellationToken.None);

        Assert.Equal("connecting consoles", results.HostExitedDuring);
        Assert.False(results.Verdict.Passed);
        Assert.Equal("the host exited during connecting consoles", results.Verdict.Failures[0]);
        Assert.Equal(0, results.Intake.Sent);
        Assert.Equal("exited", results.Label);
    }
}
