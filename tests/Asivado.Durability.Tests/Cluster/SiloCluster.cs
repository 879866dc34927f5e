using System.Globalization;
using Asivado.Durability.Gateway;
using Npgsql;

namespace Asivado.Durability.Tests.Cluster;

/// <summary>
/// Several gateway processes (silos) on localhost forming one Orleans cluster whose membership, grain state and
/// deadlines are in one database: Orleans:Membership:Provider = PostgreSql, loopback as the advertised address, one
/// signing key, silo names "silo-1"... Disposing kills whatever still runs.
/// </summary>
internal sealed class SiloCluster : IAsyncDisposable
{
    private const int PoolSizePerSilo = 12;
    private readonly List<GatewayProcess> _silos = [];
    private readonly HashSet<int> _killed = [];
    private readonly string _connectionString;
    private readonly string _organisationFile;
    private readonly string _signingKey;

    private SiloCluster(string connectionString, string organisationFile, string signingKey)
    {
        _connectionString = connectionString;
        _organisationFile = organisationFile;
        _signingKey = signingKey;
    }

    public IReadOnlyList<GatewayProcess> Silos => _silos;

    /// <summary>The indexes (0-based) of the silos not killed.</summary>
    public IReadOnlyList<int> Alive
    {
        get
        {
            lock (_killed)
            {
                return [.. Enumerable.Range(0, _silos.Count).Where(i => !_killed.Contains(i))];
            }
        }
    }

    public static string SiloName(int index) => string.Create(CultureInfo.InvariantCulture, $"silo-{index + 1}");

    /// <summary>Starts the silos one after the other (the first migrates the schema), each ready (an active member) before the next.</summary>
    public static async Task<SiloCluster> StartAsync(int count, string connectionString, string organisationFile, string signingKey, CancellationToken cancellationToken)
    {
        var cluster = new SiloCluster(connectionString, organisationFile, signingKey);
        try
        {
            for (var i = 0; i < count; i++)
            {
                cluster._silos.Add(await cluster.StartSiloAsync(i, cancellationToken));
            }
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>
    /// Stops silo <paramref name="index"/> with SIGTERM (it leaves membership, hands its grains and deadline ranges
    /// over), then starts it again (new ports, a new generation) and returns once it is an active member. Meanwhile it
    /// is not in <see cref="Alive"/>.
    /// </summary>
    public async Task RestartAsync(int index, CancellationToken cancellationToken)
    {
        lock (_killed)
        {
            _killed.Add(index);
        }

        var exitCode = await _silos[index].StopAsync(cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{SiloName(index)} exited with {exitCode} on SIGTERM. Its output:\n{_silos[index].Output}");
        }

        await _silos[index].DisposeAsync();
        _silos[index] = await StartSiloAsync(index, cancellationToken);
        lock (_killed)
        {
            _killed.Remove(index);
        }
    }

    private Task<GatewayProcess> StartSiloAsync(int i, CancellationToken cancellationToken) =>
        GatewayProcess.StartAsync(
                    new GatewayProcessOptions
                    {
                        ConnectionString = new NpgsqlConnectionStringBuilder(_connectionString) { MaxPoolSize = PoolSizePerSilo }.ConnectionString,
                        OrganisationFile = _organisationFile,
                        ReadyTimeout = TimeSpan.FromSeconds(120),
                        Environment = new Dictionary<string, string>
                        {
                            ["Authentication__SigningKey"] = _signingKey,
                            ["Orleans__Membership__Provider"] = "PostgreSql",
                            ["Orleans__AdvertisedIPAddress"] = "127.0.0.1",
                            ["Orleans__SiloName"] = SiloName(i),
                            ["Logging__LogLevel__Asivado.Orleans.Deadlines"] = "Information",
                            ["Logging__LogLevel__Orleans.Runtime.MembershipService"] = "Information",
                            ["Logging__LogLevel__Asivado.Grains"] = "Information",
                            // One-way pushes to the observers of consoles that were on the killed silo fail in Orleans'
                            // placement retry until those subscriptions expire; that noise would push everything else
                            // out of the output kept for a failure message.
                            ["Logging__LogLevel__Polly"] = "Critical",
                        },
                    },
                    cancellationToken);

    /// <summary>SIGKILL: no shutdown code runs, the silo does not leave membership, the others must find out.</summary>
    public async Task KillAsync(int index)
    {
        lock (_killed)
        {
            _killed.Add(index);
        }

        await _silos[index].KillAsync();
    }

    /// <summary>The last lines of every silo's output, for a failure message.</summary>
    public string Output() =>
        string.Join("\n", _silos.Select((silo, i) => $"--- {SiloName(i)} (pid {silo.ProcessId}{(silo.HasExited ? ", exited" : string.Empty)}) ---\n{silo.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
    }
}
