using System.CommandLine;
using System.Net;
using System.Net.Http.Headers;
using Asivado.Durability.Gateway;

namespace Asivado.Intake.Benchmarks.Cli;

/// <summary>Options shared by intake and max: the server, and how the client talks to the gateway.</summary>
internal sealed class GatewayOptions
{
    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "Npgsql connection string of a server whose role may CREATE DATABASE. Default: $ASIVADO_BENCH_POSTGRES (scripts/ensure-postgres.sh prints one).",
    };

    public Option<int> Connections { get; } = new("--connections")
    {
        Description = "HTTP/1.1 connections to the gateway at most.",
        DefaultValueFactory = _ => 256,
    };

    public Option<int> MaxConcurrency { get; } = new("--max-concurrency")
    {
        Description = "Requests in flight at most; beyond it a start waits, and the wait counts in its latency.",
        DefaultValueFactory = _ => 4096,
    };

    public Option<int> WarmupSeconds { get; } = new("--warmup-seconds")
    {
        Description = "Intake at the first rate before measuring (JIT, connection pools, first activations); not measured.",
        DefaultValueFactory = _ => 5,
    };

    public Option<int> MaxPoolSize { get; } = new("--max-pool-size")
    {
        Description = "The gateway's Npgsql Maximum Pool Size (set in the connection string it is given). Npgsql's default, 100, is the server's whole default max_connections.",
        DefaultValueFactory = _ => 32,
    };

    public Option<double?> WarmupRate { get; } = new("--warmup-rate")
    {
        Description = "Rate of the warm-up. Default: a quarter of the (first) measured rate, so that a cold host is not buried under a backlog it never works off.",
    };

    public Option<int> Departments { get; } = new("--departments")
    {
        Description = "Departments alike (seed policies, open around the clock); intakes go to them round robin. Each department is one grain that every intake of it passes through.",
        DefaultValueFactory = _ => 1,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Departments);
        command.Options.Add(MaxPoolSize);
        command.Options.Add(WarmupRate);
        command.Options.Add(Postgres);
        command.Options.Add(Connections);
        command.Options.Add(MaxConcurrency);
        command.Options.Add(WarmupSeconds);
    }

    public static HttpClient CreateClient(Uri baseAddress, int connections, string bearerToken) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", bearerToken) },
        };

    public static CaseApiClient CreateApi(HttpClient http) => new(http);
}
