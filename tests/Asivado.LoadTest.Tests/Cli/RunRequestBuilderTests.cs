using System.CommandLine;
using Asivado.LoadTest.Cli;
using Asivado.LoadTest.Launch;
using Asivado.LoadTest.Scenarios;
using Asivado.LoadTest.SignIn;
using Asivado.LoadTest.Tests.Scenarios;

namespace Asivado.LoadTest.Tests.Cli;

public sealed class RunRequestBuilderTests
{
    private static readonly Scenario Scenario = ScenarioLoader.Parse(ScenarioLoaderTests.Valid, "valid.json");
    private static readonly string Key = SigningKey.Generate().Base64;

    [Fact]
    public void A_launch_on_postgres_takes_the_host_settings_in_order()
    {
        var request = Build("--launch --postgres Host=db --host-setting PollingBaseline:Interval=00:00:10 --host-setting Deadlines:LookAhead=00:00:30 --max-pool-size 16");

        var launch = Assert.IsType<HostLaunchOptions>(request.Launch);
        Assert.Equal(HostDatabase.PostgreSql, launch.Database);
        Assert.Equal("Host=db", launch.ServerConnectionString);
        Assert.Equal([new HostSetting("PollingBaseline:Interval", "00:00:10"), new HostSetting("Deadlines:LookAhead", "00:00:30")], launch.Settings);
        Assert.Equal(16, launch.MaxPoolSize);
        Assert.Null(request.SigningKey);
        Assert.Equal("t (PollingBaseline:Interval=00:00:10, Deadlines:LookAhead=00:00:30)", request.EffectiveLabel);
    }

    [Fact]
    public void A_launch_without_postgres_or_embedded_uses_the_environment_variable()
    {
        var request = Build("--launch", variable => variable == RunOptions.PostgresVariable ? "Host=from-env" : null);

        Assert.Equal("Host=from-env", request.Launch!.ServerConnectionString);
    }

    [Fact]
    public void A_target_needs_the_signing_key_and_an_api_key()
    {
        var request = Build($"--target http://localhost:5080 --signing-key {Key} --api-key abc --rate 7 --duration-seconds 30 --label mine");

        Assert.Equal([new Uri("http://localhost:5080/")], request.Targets);
        Assert.Equal(Key, request.SigningKey!.Base64);
        Assert.Equal(new IntegrationKey(IntegrationKey.DefaultName, "abc"), request.IntegrationKey);
        Assert.Equal(7, request.Scenario.Intake.RatePerSecond);
        Assert.Equal(30, request.Scenario.DurationSeconds);
        Assert.Equal("mine", request.EffectiveLabel);
        Assert.Null(request.Launch);
    }

    [Fact]
    public void A_target_list_drives_every_silo_in_order()
    {
        var request = Build($"--target http://127.0.0.1:5081,http://127.0.0.1:5082/,http://127.0.0.1:5083 --signing-key {Key} --api-key abc");

        Assert.Equal([new Uri("http://127.0.0.1:5081/"), new Uri("http://127.0.0.1:5082/"), new Uri("http://127.0.0.1:5083/")], request.Targets);
    }

    [Fact]
    public void Without_target_or_launch_the_scenarios_targets_are_driven()
    {
        var scenario = Scenario with { Targets = ["http://127.0.0.1:5081", "http://127.0.0.1:5082"] };

        var request = Build($"--signing-key {Key} --api-key abc", scenario: scenario);

        Assert.Equal([new Uri("http://127.0.0.1:5081/"), new Uri("http://127.0.0.1:5082/")], request.Targets);
    }

    [Fact]
    public void Target_on_the_command_line_outranks_the_scenarios_targets()
    {
        var scenario = Scenario with { Targets = ["http://127.0.0.1:5081", "http://127.0.0.1:5082"] };

        var request = Build($"--target http://127.0.0.1:5090 --signing-key {Key} --api-key abc", scenario: scenario);

        Assert.Equal([new Uri("http://127.0.0.1:5090/")], request.Targets);
    }

    [Fact]
    public void A_launch_with_silos_starts_a_cluster_of_that_many()
    {
        var request = Build("--launch --postgres Host=db --silos 3");

        Assert.Equal(3, request.Launch!.Silos);
        Assert.Empty(request.Targets);
    }

    [Fact]
    public void A_launch_without_silos_starts_one_gateway()
    {
        Assert.Null(Build("--launch --postgres Host=db").Launch!.Silos);
    }

    [Fact]
    public void A_launch_refuses_a_scenario_that_names_running_hosts()
    {
        var scenario = Scenario with { Targets = ["http://127.0.0.1:5081"] };

        var exception = Assert.Throws<OptionException>(() => Build("--launch --postgres Host=db", scenario: scenario));

        Assert.StartsWith("--launch: the scenario lists targets", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "--target/--launch: give exactly one")]
    [InlineData("--launch --target http://x", "--target/--launch: give exactly one")]
    [InlineData("--launch --postgres Host=db --embedded", "--postgres/--embedded: give one, not both.")]
    [InlineData("--launch", "--postgres/--embedded: --launch needs a PostgreSQL server")]
    [InlineData("--launch --embedded --host-setting Polling", "--host-setting: 'Polling' is not Key=Value")]
    [InlineData("--launch --embedded --host-pid 1", "--host-pid: only with --target")]
    [InlineData("--launch --embedded --signing-key c2hvcnQ=", "--signing-key: must decode to at least 32 bytes")]
    [InlineData("--launch --embedded --rate 0", "--rate: must be greater than 0 (got 0).")]
    [InlineData("--launch --embedded --duration-seconds 2", "--duration-seconds: must be greater than the scenario's warmupSeconds (2) (got 2).")]
    [InlineData("--launch --embedded --stats-flush-seconds -1", "--stats-flush-seconds: must be at least 0 (got -1).")]
    [InlineData("--target ftp://x --api-key k", "--target: must be an absolute http or https address without query, e.g. http://127.0.0.1:5081 (got 'ftp://x').")]
    [InlineData("--target http://127.0.0.1:5081,localhost:5082 --api-key k", "--target: must be an absolute http or https address without query, e.g. http://127.0.0.1:5081 (got 'localhost:5082').")]
    [InlineData("--target http://127.0.0.1:5081,,http://127.0.0.1:5082 --api-key k", "--target: must be an absolute http or https address without query, e.g. http://127.0.0.1:5081 (got '').")]
    [InlineData("--target http://127.0.0.1:5081?x=1 --api-key k", "--target: must be an absolute http or https address without query")]
    [InlineData("--target http://127.0.0.1:5081,http://127.0.0.1:5081/ --api-key k", "--target: http://127.0.0.1:5081/ is given twice.")]
    [InlineData("--target http://x --silos 2 --signing-key KEY --api-key k", "--silos: only with --launch")]
    [InlineData("--launch --postgres Host=db --silos 0", "--silos: must be 1 to 9 (scripts/cluster.sh) (got 0).")]
    [InlineData("--launch --postgres Host=db --silos 10", "--silos: must be 1 to 9 (scripts/cluster.sh) (got 10).")]
    [InlineData("--launch --embedded --silos 2", "--silos: a cluster keeps its membership in PostgreSQL: not with --embedded.")]
    [InlineData("--target http://x --api-key k", "--signing-key: required with --target")]
    [InlineData("--target http://x --signing-key KEY", "--api-key: required with --target")]
    [InlineData("--target http://x --embedded", "--embedded: only with --launch")]
    [InlineData("--target http://x --host-setting A=B", "--host-setting: only with --launch")]
    public void A_bad_combination_names_the_option(string arguments, string message)
    {
        var exception = Assert.Throws<OptionException>(() => Build(arguments.Replace("KEY", Key, StringComparison.Ordinal)));

        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }

    private static Asivado.LoadTest.Run.RunRequest Build(string arguments, Func<string, string?>? environment = null, Scenario? scenario = null)
    {
        var options = new RunOptions();
        var command = new RootCommand();
        options.AddTo(command);
        var parse = command.Parse($"--scenario s.json {arguments}");
        Assert.Empty(parse.Errors);
        return RunRequestBuilder.Build(options, parse, scenario ?? Scenario, environment ?? (_ => null));
    }
}
