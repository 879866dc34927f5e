using System.CommandLine;
using Asivado.LoadTest.Launch;
using Asivado.LoadTest.Run;
using Asivado.LoadTest.Scenarios;
using Asivado.LoadTest.SignIn;

namespace Asivado.LoadTest.Cli;

/// <summary>Turns run's options into a <see cref="RunRequest"/>; a bad combination or value is an <see cref="OptionException"/> naming the option.</summary>
public static class RunRequestBuilder
{
    public static RunRequest Build(RunOptions options, ParseResult parse, Scenario scenario, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(parse);
        var target = parse.GetValue(options.Target);
        var launch = parse.GetValue(options.Launch);
        if (launch && scenario.Targets.Count > 0)
        {
            throw new OptionException("--launch: the scenario lists targets (running hosts to drive); leave out --launch to drive them, or remove targets from the scenario.");
        }

        if (launch == (target is not null || scenario.Targets.Count > 0))
        {
            throw new OptionException("--target/--launch: give exactly one: drive running hosts (--target url1,url2,... or the scenario's targets) or start one (--launch).");
        }

        if (parse.GetValue(options.Rate) is { } rate)
        {
            scenario = rate > 0 ? scenario with { Intake = scenario.Intake with { RatePerSecond = rate } } : throw new OptionException($"--rate: must be greater than 0 (got {rate}).");
        }

        if (parse.GetValue(options.DurationSeconds) is { } duration)
        {
            scenario = duration > scenario.WarmupSeconds
                ? scenario with { DurationSeconds = duration }
                : throw new OptionException($"--duration-seconds: must be greater than the scenario's warmupSeconds ({scenario.WarmupSeconds}) (got {duration}).");
        }

        var statsFlush = parse.GetValue(options.StatsFlushSeconds);
        if (statsFlush < 0)
        {
            throw new OptionException($"--stats-flush-seconds: must be at least 0 (got {statsFlush}).");
        }

        var request = new RunRequest(scenario)
        {
            SigningKey = ParseSigningKey(parse.GetValue(options.SigningKey)),
            IntegrationKey = parse.GetValue(options.ApiKey) is { Length: > 0 } key ? new IntegrationKey(IntegrationKey.DefaultName, key) : null,
            StatsFlushWait = TimeSpan.FromSeconds(statsFlush),
            Label = parse.GetValue(options.Label),
        };
        return launch ? ForLaunch(options, parse, request, environment) : ForTargets(options, parse, request, target);
    }

    private static RunRequest ForLaunch(RunOptions options, ParseResult parse, RunRequest request, Func<string, string?> environment)
    {
        if (parse.GetValue(options.HostPid) is not null)
        {
            throw new OptionException("--host-pid: only with --target (a launched host is sampled anyway).");
        }

        var postgres = parse.GetValue(options.Postgres);
        var embedded = parse.GetValue(options.Embedded);
        if (postgres is not null && embedded)
        {
            throw new OptionException("--postgres/--embedded: give one, not both.");
        }

        postgres ??= embedded ? null : environment(RunOptions.PostgresVariable);
        if (!embedded && string.IsNullOrWhiteSpace(postgres))
        {
            throw new OptionException($"--postgres/--embedded: --launch needs a PostgreSQL server (--postgres \"<connection string>\" or ${RunOptions.PostgresVariable}; scripts/ensure-postgres.sh prints one) or --embedded.");
        }

        var maxPoolSize = parse.GetValue(options.MaxPoolSize);
        if (maxPoolSize < 1)
        {
            throw new OptionException($"--max-pool-size: must be at least 1 (got {maxPoolSize}).");
        }

        var silos = parse.GetValue(options.Silos);
        if (silos is { } count && (count < 1 || count > HostLaunchOptions.MaxSilos))
        {
            throw new OptionException($"--silos: must be 1 to {HostLaunchOptions.MaxSilos} (scripts/cluster.sh) (got {count}).");
        }

        if (silos is not null && embedded)
        {
            throw new OptionException("--silos: a cluster keeps its membership in PostgreSQL: not with --embedded.");
        }

        return request with
        {
            Launch = new HostLaunchOptions
            {
                Database = embedded ? HostDatabase.Embedded : HostDatabase.PostgreSql,
                ServerConnectionString = embedded ? null : postgres,
                Settings = ParseHostSettings(parse.GetValue(options.HostSettings) ?? []),
                MaxPoolSize = maxPoolSize,
                Silos = silos,
            },
        };
    }

    /// <param name="target">--target's comma-separated list, or null for the scenario's targets (already validated).</param>
    private static RunRequest ForTargets(RunOptions options, ParseResult parse, RunRequest request, string? target)
    {
        var (targets, errors) = target is null
            ? TargetAddresses.Parse(request.Scenario.Targets, i => $"targets[{i}]")
            : TargetAddresses.Parse(target.Split(','), i => "--target");
        if (errors.Count > 0)
        {
            throw new OptionException(string.Join(" ", errors));
        }

        foreach (var (given, name) in new[] { (parse.GetValue(options.Postgres) is not null, "--postgres"), (parse.GetValue(options.Embedded), "--embedded"), (parse.GetValue(options.HostSettings) is { Length: > 0 }, "--host-setting"), (parse.GetValue(options.Silos) is not null, "--silos") })
        {
            if (given)
            {
                throw new OptionException($"{name}: only with --launch (configure a target host yourself).");
            }
        }

        if (request.SigningKey is null)
        {
            throw new OptionException("--signing-key: required with --target: the consoles' tokens must be signed with the host's Authentication:SigningKey.");
        }

        if (request.IntegrationKey is null)
        {
            throw new OptionException("--api-key: required with --target: intake signs in as an integration with a key of the host's Authentication:IntegrationKeys.");
        }

        if (parse.GetValue(options.HostPid) is { } pid && (pid <= 0 || !Directory.Exists($"/proc/{pid}")))
        {
            throw new OptionException($"--host-pid {pid}: no such process on this machine.");
        }

        return request with { Targets = targets, HostPid = parse.GetValue(options.HostPid) };
    }

    private static SigningKey? ParseSigningKey(string? text)
    {
        try
        {
            return text is null ? null : SignIn.SigningKey.Parse(text);
        }
        catch (FormatException exception)
        {
            throw new OptionException($"--signing-key: {exception.Message}");
        }
    }

    private static IReadOnlyList<HostSetting> ParseHostSettings(IEnumerable<string> values)
    {
        try
        {
            return [.. values.Select(HostSetting.Parse)];
        }
        catch (FormatException exception)
        {
            throw new OptionException($"--host-setting: {exception.Message}");
        }
    }
}
