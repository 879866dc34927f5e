using Asivado.Durability.Gateway;
using Asivado.Durability.Tests.Crash;

namespace Asivado.Durability.Tests.Cluster;

/// <summary>
/// What a cluster test runs in, made before it and removed after it: its own database, a temporary folder with an
/// organisation of alike departments (each with a lead), the tokens' signing key; and the leads' consoles, lead d on
/// silo d modulo the cluster's size, so that most are on another silo than their agent grain.
/// </summary>
internal sealed class ClusterScratch : IAsyncDisposable
{
    private readonly string _folder;

    private ClusterScratch(ScratchDatabase database, string folder, string organisationFile, IReadOnlyList<string> departments)
    {
        Database = database;
        _folder = folder;
        OrganisationFile = organisationFile;
        Departments = departments;
    }

    public AccessTokens Tokens { get; } = new();

    public ScratchDatabase Database { get; }

    public string OrganisationFile { get; }

    public IReadOnlyList<string> Departments { get; }

    public static async Task<ClusterScratch> CreateAsync(string name, int departments, TimeSpan acknowledgeBudget)
    {
        var database = await ScratchDatabase.CreateAsync(TestPostgres.ServerConnectionString, $"asivado_{name}");
        var folder = Directory.CreateTempSubdirectory($"asivado-{name}-").FullName;
        var file = await Gateway.OrganisationFile.WriteAsync(folder, acknowledgeBudget, withAncsPolicy: false, departments: departments);
        return new ClusterScratch(database, folder, file, [.. Enumerable.Range(1, departments).Select(Gateway.OrganisationFile.DepartmentIdOf)]);
    }

    public Task<SiloCluster> StartAsync(int silos, CancellationToken cancellationToken) =>
        SiloCluster.StartAsync(silos, Database.ConnectionString, OrganisationFile, Tokens.SigningKey, cancellationToken);

    /// <summary>One console per department lead, lead d on silo d modulo the cluster's size.</summary>
    public async Task ConnectLeadsAsync(SiloCluster cluster, List<LeadConsole> consoles, CancellationToken cancellationToken)
    {
        for (var d = 0; d < Departments.Count; d++)
        {
            var lead = $"{Departments[d]}-lead";
            var silo = d % cluster.Silos.Count;
            consoles.Add(await LeadConsole.ConnectAsync(lead, () => Tokens.Create(lead, "lead", TimeSpan.FromHours(1)), cluster.Silos[silo].BaseAddress, silo, cancellationToken));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
