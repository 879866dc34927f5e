using Asivado.Gateway.Authentication;
using Asivado.Gateway.Hubs;
using Asivado.Grains.Hosting;
using Asivado.Gateway.Tests.Api.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Gateway.Tests.Hubs.Support;

/// <summary>
/// The gateway in process for hub and sign-in tests: <see cref="TestOrganisation"/>, virtual time from
/// <see cref="Time"/> (Monday 2026-01-05 08:00 UTC by default), a fixed signing key, and grain stores (state, entries,
/// deadlines) given as an instance so that a second factory over the same ones is the same system restarted.
/// </summary>
public sealed class ConsoleHostFactory : WebApplicationFactory<Program>
{
    /// <summary>32 bytes, base64: a configured key, so tokens stay valid across a restart.</summary>
    public const string SigningKey = "QXNpdmFkbyB0ZXN0IHNpZ25pbmcga2V5IC0gMzIgYnl0ZXMhIQ==";

    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings;

    public ConsoleHostFactory(
        FakeTimeProvider? time = null,
        SharedGrainStores? stores = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        Time = time ?? new FakeTimeProvider(Start);
        Stores = stores ?? new SharedGrainStores();
        _settings = new Dictionary<string, string?>
        {
            ["Authentication:SigningKey"] = SigningKey,
            ["Authentication:DemoSignIn"] = "true",
            // Virtual time stands still between advances, so the default bucket would never refill: the
            // rate limit tests set their own.
            ["ConsoleHub:InvocationBurst"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public FakeTimeProvider Time { get; }

    public SharedGrainStores Stores { get; }

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public TokenService Tokens => Services.GetRequiredService<TokenService>();

    public ConsoleConnections Connections => Services.GetRequiredService<ConsoleConnections>();

    /// <summary>A token for a person of the organisation, issued now on the host's clock.</summary>
    public string TokenFor(string personId)
    {
        var person = Services.GetRequiredService<Grains.Organisation.IOrganisationDirectory>().FindPerson(personId)
            ?? throw new ArgumentException($"No person {personId} in the test organisation.", nameof(personId));
        return Tokens.Issue(person).AccessToken;
    }

    /// <summary>Opens a console for <paramref name="personId"/> and waits until its subscription is in place.</summary>
    public async Task<HubTestClient> ConnectConsoleAsync(string personId)
    {
        var client = await HubTestClient.ConnectAsync(Server, TokenFor(personId), personId);
        await client.InvokeAsync("GetProfile");
        return client;
    }

    /// <summary>Completes once <paramref name="condition"/> holds, re-checked whenever a console connects or disconnects on the server.</summary>
    public async Task WhenConnectionsAsync(Func<ConsoleConnections, bool> condition)
    {
        var connections = Connections;
        var met = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (condition(connections))
            {
                met.TrySetResult();
            }
        }

        connections.SessionsChanged += Check;
        try
        {
            Check();
            await met.Task.WaitAsync(HubTestClient.WaitLimit);
        }
        finally
        {
            connections.SessionsChanged -= Check;
        }
    }

    /// <summary>
    /// Advances virtual time in steps of at most a minute, renewing console subscriptions after each step as the
    /// renewal timer does in real time (a single jump of hours would let the agent grains expire them first), and
    /// waits after each step until the deadlines and timers it made due have run.
    /// </summary>
    public async Task AdvanceAsync(TimeSpan delta)
    {
        var step = TimeSpan.FromMinutes(1);
        while (delta > TimeSpan.Zero)
        {
            var next = delta < step ? delta : step;
            Time.Advance(next);
            delta -= next;
            await WhenIdleAsync();
            await Connections.RenewAllAsync();
        }
    }

    /// <summary>Waits until the silo has no grain call, timer turn or due deadline in progress.</summary>
    public Task WhenIdleAsync() => Services.WhenSiloIdleAsync();

    /// <remarks>
    /// With a minimal-hosting Program, WebApplicationFactory stops the host while Program's own app.Run() also stops
    /// and then disposes it; a hosted service that resolves a service while stopping can then meet a disposed provider. That race is teardown only and says nothing about the test, so it is ignored here.
    /// </remarks>
    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        catch (ObjectDisposedException)
        {
            // See remarks.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseTestSilo(Time);
        builder.ConfigureTestServices(services =>
        {
            Stores.ReplaceIn(services);
            services.AddOrganisationDirectory(TestOrganisation.Create());
        });
    }
}
