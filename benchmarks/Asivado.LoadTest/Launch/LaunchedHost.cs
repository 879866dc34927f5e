using Asivado.Durability.Gateway;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.SignIn;
using Npgsql;

namespace Asivado.LoadTest.Launch;

/// <summary>
/// The built gateway started as a child process (the durability test's harness) with the generated organisation
/// file, signing key and integration key, on a scratch PostgreSQL database or the embedded default. Disposing kills
/// the process, drops the database and deletes the organisation file.
/// </summary>
public sealed class LaunchedHost : ILaunchedHost
{
    internal const string DatabasePrefix = "asivado_loadtest";

    private readonly string _folder;
    private readonly GatewayProcess _process;
    private readonly ScratchDatabase? _database;

    private LaunchedHost(string folder, GatewayProcess process, ScratchDatabase? database)
    {
        _folder = folder;
        _process = process;
        _database = database;
    }

    public IReadOnlyList<Uri> Targets => [_process.BaseAddress];

    public IReadOnlyList<int> ProcessIds => [_process.ProcessId];

    public string? DatabaseName => _database?.Name;

    /// <summary>The last lines the gateway wrote (its log level is Warning).</summary>
    public string Output => _process.Output;

    /// <summary>Completes when the gateway process has exited (checked every 500 ms: the harness exposes no exit event).</summary>
    public async Task WaitForExitAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500), time);
        while (!_process.HasExited && await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
        }
    }

    /// <exception cref="InvalidOperationException">The gateway exited or was not ready in time; the message holds its output.</exception>
    public static async Task<LaunchedHost> StartAsync(HostLaunchOptions options, LoadOrganisation organisation, SigningKey signingKey, IntegrationKey integrationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Directory.CreateTempSubdirectory("asivado-loadtest-").FullName;
        ScratchDatabase? database = null;
        try
        {
            var organisationFile = Path.Combine(folder, "organisation.json");
            await OrganisationDocument.WriteAsync(organisation, organisationFile, cancellationToken).ConfigureAwait(false);
            var connectionString = "";
            if (options.Database == HostDatabase.PostgreSql)
            {
                var server = options.ServerConnectionString ?? throw new ArgumentException("A PostgreSQL launch needs ServerConnectionString.", nameof(options));
                database = await ScratchDatabase.CreateAsync(server, DatabasePrefix, cancellationToken).ConfigureAwait(false);
                connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = options.MaxPoolSize }.ConnectionString;
            }

            var process = await GatewayProcess.StartAsync(
                new GatewayProcessOptions
                {
                    // Empty: the embedded default (the host treats a blank connection string as none).
                    ConnectionString = connectionString,
                    OrganisationFile = organisationFile,
                    Environment = HostEnvironment.For(signingKey, integrationKey, options.Settings),
                    ReadyTimeout = options.ReadyTimeout,
                },
                cancellationToken).ConfigureAwait(false);
            return new LaunchedHost(folder, process, database);
        }
        catch
        {
            if (database is not null)
            {
                await database.DisposeAsync().ConfigureAwait(false);
            }

            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync().ConfigureAwait(false);
        if (_database is not null)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
        }

        Directory.Delete(_folder, recursive: true);
    }
}
