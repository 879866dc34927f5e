using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Gateway.Tests.Api.Support;

/// <summary>
/// The gateway in process with memory providers, <see cref="TestOrganisationFile"/> loaded through
/// "Organisation:File" (or the embedded demo organisation), and a <see cref="FakeTimeProvider"/> at Monday
/// 2026-01-05 08:00 UTC (an hour before the London calendar opens). Time moves only through <see cref="AdvanceAsync"/>.
/// </summary>
public sealed class GatewayApiFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private readonly string? _organisationFile;
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public GatewayApiFactory()
        : this(demoOrganisation: false)
    {
    }

    /// <param name="demoOrganisation">True: no "Organisation:File", so the embedded demo organisation loads.</param>
    public GatewayApiFactory(bool demoOrganisation)
    {
        _organisationFile = demoOrganisation ? null : TestOrganisationFile.Write();
    }

    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>Sets a configuration value before the host starts (e.g. the PostgreSQL connection string).</summary>
    public GatewayApiFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Advances the clock, then waits until the timers and deadlines it made due have run.</summary>
    public async Task AdvanceAsync(TimeSpan delta)
    {
        Time.Advance(delta);
        await WhenIdleAsync();
    }

    /// <summary>
    /// Waits until the silo is idle: every deadline and grain timer due by now has fired and its grain calls (the
    /// escalation, the breach and what the case tells agents and the department) have finished.
    /// </summary>
    public Task WhenIdleAsync() => Services.WhenSiloIdleAsync();

    /// <summary>Every client this factory makes signs in as the admin <see cref="TestTokens.AdminId"/> unless the test signs it in as someone else (or out).</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.SignIn(TestTokens.Issue(this, TestTokens.AdminId, "admin", departmentId: null));
    }

    /// <summary>A client signed in as <paramref name="subject"/> with <paramref name="role"/> (agent, lead, manager, admin, integration).</summary>
    public HttpClient CreateClientAs(string subject, string role, string? departmentId)
    {
        var client = CreateClient();
        client.SignIn(TestTokens.Issue(this, subject, role, departmentId));
        return client;
    }

    /// <summary>A client that presents no credentials.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.SignOut();
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_organisationFile is not null)
        {
            builder.UseSetting("Organisation:File", _organisationFile);
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseTestSilo(Time);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        DeleteOrganisationFile();
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        catch (ObjectDisposedException)
        {
            // Teardown race of WebApplicationFactory with a minimal-hosting Program: stopping the host also ends
            // app.Run(), which disposes the services while the factory's own StopAsync still stops hosted services.
        }
        finally
        {
            DeleteOrganisationFile();
        }
    }

    private void DeleteOrganisationFile()
    {
        if (_organisationFile is not null)
        {
            File.Delete(_organisationFile);
        }
    }
}
