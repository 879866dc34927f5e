using Asivado.Gateway.Hubs;
using Asivado.Grains.Hosting;
using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Reminders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Console.Tests.Support;

/// <summary>
/// The gateway on a real Kestrel port (so that a browser can reach it), with <see cref="TestOrganisation"/>,
/// demo sign-in on, and virtual time from <see cref="Time"/> starting Monday 2026-01-05 08:00 UTC.
/// </summary>
public sealed class ConsoleTestHost : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public ConsoleTestHost()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    public Uri ConsolePage => new(BaseAddress, "/console/");

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// Advances virtual time a minute at a time, waiting for the reminders each step makes due and renewing the
    /// consoles' subscriptions as the 2-minute renewal does in real time (one jump of hours would let the agent
    /// grains expire the subscriptions, or be collected, before the escalation fires).
    /// </summary>
    public async Task AdvanceAsync(TimeSpan delta)
    {
        var step = TimeSpan.FromMinutes(1);
        var reminders = Services.GetRequiredService<IReminderService>();
        var connections = Services.GetRequiredService<ConsoleConnections>();
        while (delta > TimeSpan.Zero)
        {
            var next = delta < step ? delta : step;
            Time.Advance(next);
            delta -= next;
            await reminders.WhenIdleAsync();
            await connections.RenewAllAsync();
        }
    }

    /// <remarks>See Asivado.Gateway.Tests' ConsoleHostFactory: the minimal-hosting teardown race is ignored.</remarks>
    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        catch (ObjectDisposedException)
        {
            // Program's app.Run() disposed the host while the factory was still stopping it.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Authentication:DemoSignIn", "true");
        builder.UseSetting("Authentication:SigningKey", "QXNpdmFkbyBjb25zb2xlIHRlc3Qga2V5IC0gMzIgYnl0ZXMhIQ==");
        // Virtual time does not move between advances, so the invocation bucket would never refill.
        builder.UseSetting("ConsoleHub:InvocationBurst", "100000");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.AddOrganisationDirectory(TestOrganisation.Create());
        });
    }
}
