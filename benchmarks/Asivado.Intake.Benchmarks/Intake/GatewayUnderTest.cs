using Asivado.Durability.Gateway;
using Npgsql;

namespace Asivado.Intake.Benchmarks.Intake;

/// <summary>
/// The built gateway as its own process on a fresh database, with the seed policies unchanged (both of them,
/// on a calendar open around the clock). Disposing kills the process and drops the database.
/// </summary>
internal sealed class GatewayUnderTest : IAsyncDisposable
{
    private readonly string _folder;

    private GatewayUnderTest(string folder, ScratchDatabase database, GatewayProcess process, AccessTokens tokens)
    {
        _folder = folder;
        Database = database;
        Process = process;
        IntegrationToken = tokens.Create("intake-benchmark", "integration", TimeSpan.FromHours(8));
    }

    /// <summary>A bearer token of an integration ("intake-benchmark"), as a CTI or mail gateway signs in.</summary>
    public string IntegrationToken { get; }

    public ScratchDatabase Database { get; }

    public GatewayProcess Process { get; }

    /// <param name="departments">Departments alike; intakes are spread over them round robin.</param>
    /// <param name="maxPoolSize">The gateway's Npgsql Maximum Pool Size.</param>
    public static async Task<GatewayUnderTest> StartAsync(string serverConnectionString, int departments, int maxPoolSize, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("asivado-intake-bench-").FullName;
        var database = await ScratchDatabase.CreateAsync(serverConnectionString, "asivado_bench", cancellationToken);
        try
        {
            var tokens = new AccessTokens();
            var organisation = await OrganisationFile.WriteAsync(folder, acknowledgeBudget: null, withAncsPolicy: true, departments, cancellationToken);
            var process = await GatewayProcess.StartAsync(
                new GatewayProcessOptions
                {
                    ConnectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = maxPoolSize }.ConnectionString,
                    OrganisationFile = organisation,
                    Environment = new Dictionary<string, string> { ["Authentication__SigningKey"] = tokens.SigningKey },
                },
                cancellationToken);
            return new GatewayUnderTest(folder, database, process, tokens);
        }
        catch
        {
            await database.DisposeAsync();
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        await Database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
