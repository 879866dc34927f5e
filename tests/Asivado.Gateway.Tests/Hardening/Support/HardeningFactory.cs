using Asivado.Gateway.Authentication;
using Asivado.Gateway.Hardening;
using Asivado.Gateway.Tests.Api.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Gateway.Tests.Hardening.Support;

/// <summary>
/// The gateway in process like <see cref="GatewayApiFactory"/> (test organisation file, memory providers, a fake
/// clock at Monday 2026-01-05 08:00 UTC), plus settings, an optional log capture at Trace level for every
/// category, and optional grain stores shared between hosts.
/// </summary>
public sealed class HardeningFactory : WebApplicationFactory<Program>
{
    private readonly string _organisationFile = TestOrganisationFile.Write();
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private CapturedLogs? _logs;
    private bool _everyCategory;
    private SharedGrainStores? _stores;
    private IHost? _host;

    public FakeTimeProvider Time { get; } = new(GatewayApiFactory.Start);

    public HardeningFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <param name="everyCategory">
    /// True: a rule for this provider alone sees every category at Trace, past any rule of the host. False: the
    /// configuration says Trace for everything, as an operator could, and the host's own rules still apply.
    /// </param>
    public HardeningFactory WithLogs(CapturedLogs logs, bool everyCategory = true)
    {
        _logs = logs;
        _everyCategory = everyCategory;
        return this;
    }

    /// <summary>Grain state, entries and deadlines in <paramref name="stores"/>: a second host over the same ones is this one restarted.</summary>
    public HardeningFactory WithStores(SharedGrainStores stores)
    {
        _stores = stores;
        return this;
    }

    public Task WhenIdleAsync() => Services.WhenSiloIdleAsync();

    /// <summary>A client whose requests carry a token for <paramref name="subject"/>.</summary>
    public HttpClient CreateClientFor(string subject, string role = GatewayRoles.Admin)
    {
        var token = Services.GetRequiredService<TokenService>().Issue(subject, subject, role, departmentId: null);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>Stops the host as a shutdown would (hosted services in reverse, the silo deactivating every grain).</summary>
    public Task StopHostAsync() => (_host ?? throw new InvalidOperationException("The host has not started.")).StopAsync();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        _host = base.CreateHost(builder);
        return _host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Organisation:File", _organisationFile);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_logs is { } logs)
        {
            if (!_everyCategory)
            {
                builder.UseSetting("Logging:LogLevel:Default", "Trace");
                builder.UseSetting("Logging:LogLevel:Microsoft", "Trace");
                builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
                builder.UseSetting("Logging:LogLevel:" + RequestLineLogging.Category, "Trace");
            }

            builder.ConfigureLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Trace);
                logging.AddProvider(logs);
                if (_everyCategory)
                {
                    // A rule for this provider outranks the configured category levels ("Microsoft.AspNetCore": Warning).
                    logging.AddFilter<CapturedLogs>(category: null, LogLevel.Trace);
                }
            });
        }

        builder.UseTestSilo(Time);
        if (_stores is { } stores)
        {
            builder.ConfigureServices(stores.ReplaceIn);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        catch (ObjectDisposedException)
        {
            // The teardown race GatewayApiFactory describes.
        }
        finally
        {
            File.Delete(_organisationFile);
        }
    }
}
