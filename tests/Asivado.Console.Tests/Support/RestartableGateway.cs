using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Asivado.Durability.Gateway;

namespace Asivado.Console.Tests.Support;

/// <summary>
/// The built gateway as its own process on one loopback port, killed with SIGKILL and started again on the same port
/// (so that an open console page reconnects to it), serving the console page from the project folder. The
/// organisation is <see cref="OrganisationFile"/>'s department "intake" with ANCS 12356 and 1 s rings (a call waits
/// 3 s before it alerts); an integration key offers calls.
/// </summary>
public sealed class RestartableGateway : IAsyncDisposable
{
    public const string AgentId = OrganisationFile.DepartmentId + "-agent";
    private const string IntegrationKey = "console-restart-tests-integration-key-0123456789";

    private readonly GatewayProcessOptions _options;
    private readonly string _folder;
    private GatewayProcess? _process;

    private RestartableGateway(GatewayProcessOptions options, string folder)
    {
        _options = options;
        _folder = folder;
    }

    public Uri BaseAddress => _process?.BaseAddress ?? throw new InvalidOperationException("Not started.");

    public Uri ConsolePage => new(BaseAddress, "/console/");

    /// <param name="connectionString">PostgreSQL, or empty for the embedded in-memory default.</param>
    /// <param name="signingKey">Authentication:SigningKey, or null for the embedded default's random key per process.</param>
    /// <param name="tokenLifetime">Authentication:TokenLifetime, when not the default 8 hours.</param>
    public static async Task<RestartableGateway> StartAsync(string connectionString, string? signingKey, TimeSpan? tokenLifetime = null)
    {
        var folder = Directory.CreateTempSubdirectory("asivado-console-restart-").FullName;
        var organisation = OrganisationFile.Build(acknowledgeBudget: null, withAncsPolicy: true);
        organisation["departments"]![0]!["overrides"] = new JsonObject
        {
            [OrganisationFile.AncsPolicyId] = new JsonObject { ["revision"] = 1, ["ringLength"] = "PT1S" },
        };
        var organisationFile = Path.Combine(folder, "organisation.json");
        await File.WriteAllTextAsync(organisationFile, organisation.ToJsonString());
        var environment = new Dictionary<string, string>
        {
            // bin/{Configuration}/{TargetFramework}/ → the project folder, where wwwroot and the client library are.
            ["ASPNETCORE_CONTENTROOT"] = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(GatewayBuild.AssemblyPath)!, "..", "..", "..")),
            ["Authentication__DemoSignIn"] = "true",
            ["Authentication__IntegrationKeys__0__Name"] = "console-restart-tests",
            ["Authentication__IntegrationKeys__0__Key"] = IntegrationKey,
            ["Authentication__IntegrationKeys__0__DemoOnly"] = "false",
        };
        if (tokenLifetime is { } lifetime)
        {
            environment["Authentication__TokenLifetime"] = lifetime.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (signingKey is not null)
        {
            environment["Authentication__SigningKey"] = signingKey;
        }

        var gateway = new RestartableGateway(
            new GatewayProcessOptions
            {
                ConnectionString = connectionString,
                OrganisationFile = organisationFile,
                Port = FreeTcpPort.Next(),
                Environment = environment,
            },
            folder);
        gateway._process = await GatewayProcess.StartAsync(gateway._options);
        return gateway;
    }

    /// <summary>SIGKILL: no shutdown code runs; consoles see their connection drop.</summary>
    public Task KillAsync() => _process!.KillAsync();

    /// <summary>Starts the process again on the same port and configuration.</summary>
    public async Task RestartAsync()
    {
        await _process!.DisposeAsync();
        _process = await GatewayProcess.StartAsync(_options);
    }

    /// <summary>A call starts ringing at the department, as the telephony integration reports it.</summary>
    public async Task OfferCallAsync(string callId)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/calls/{callId}/offered")
        {
            Content = JsonContent.Create(new { departmentId = OrganisationFile.DepartmentId, callerNumber = "+44 20 7946 0000" }),
        };
        request.Headers.Add("X-Api-Key", IntegrationKey);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"offered: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Sets a person's presence through the HTTP API with <paramref name="accessToken"/>.</summary>
    public async Task SetPresenceAsync(string personId, string presence, string accessToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/agents/{personId}/presence") { Content = JsonContent.Create(new { presence }) };
        request.Headers.Authorization = new("Bearer", accessToken);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"presence: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public string Output => _process?.Output ?? string.Empty;

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
