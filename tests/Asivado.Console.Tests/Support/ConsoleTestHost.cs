using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Asivado.Gateway.Hubs;
using Asivado.Grains.Hosting;
using Asivado.Orleans.Deadlines;
using Asivado.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Asivado.Console.Tests.Support;

/// <summary>
/// The gateway on a real Kestrel port (so that a browser can reach it) with its Orleans silo on ports of its own (so
/// that several hosts may run at once), <see cref="TestOrganisation"/>, demo sign-in on, memory storage, and virtual
/// time from <see cref="Time"/> starting Monday 2026-01-05 08:00 UTC for the grains, the deadline service and the
/// gateway (Orleans' membership and other background areas keep real time).
/// </summary>
public sealed class ConsoleTestHost : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private readonly int _siloPort = FreeTcpPort();
    private readonly int _gatewayPort = FreeTcpPort();

    public ConsoleTestHost()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        Quiescence = Services.GetRequiredService<GrainQuiescence>();
        Quiescence.Attach(Services);
        var deadlines = Services.GetRequiredService<DeadlineServiceProbe>();
        Quiescence.AddWork(() => deadlines.WhenIdleAsync());
    }

    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    public Uri ConsolePage => new(BaseAddress, "/console/");

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>Tells when the silo has nothing left to do: no grain call, timer turn or due deadline in progress.</summary>
    public GrainQuiescence Quiescence { get; }

    /// <summary>
    /// Advances virtual time a minute at a time, waiting after each step until the grain calls, timer turns and
    /// deadlines it made due have finished, and renewing the consoles' subscriptions as the 2-minute renewal does in
    /// real time (one jump of hours would let the agent grains expire the subscriptions before the escalation fires).
    /// What the grains then push to the consoles is one-way: a test waits for the page to show it.
    /// </summary>
    public async Task AdvanceAsync(TimeSpan delta)
    {
        var step = TimeSpan.FromMinutes(1);
        var connections = Services.GetRequiredService<ConsoleConnections>();
        while (delta > TimeSpan.Zero)
        {
            var next = delta < step ? delta : step;
            Time.Advance(next);
            delta -= next;
            await Quiescence.WhenIdleAsync();
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
        finally
        {
            Quiescence?.Dispose();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Authentication:DemoSignIn", "true");
        builder.UseSetting("Authentication:SigningKey", "QXNpdmFkbyBjb25zb2xlIHRlc3Qga2V5IC0gMzIgYnl0ZXMhIQ==");

        // Virtual time does not move between advances, so the invocation bucket would never refill.
        builder.UseSetting("ConsoleHub:InvocationBurst", "100000");
        builder.UseSetting("Orleans:SiloPort", _siloPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", _gatewayPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("ConnectionStrings:Asivado", "");

        // Orleans' start-up configuration dump and membership chatter at Information would bury a failure's output.
        builder.UseSetting("Logging:LogLevel:Orleans", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            services.AddSingleton<GrainQuiescence>();
            services.AddSingleton<IIncomingGrainCallFilter>(sp => sp.GetRequiredService<GrainQuiescence>());
            services.AddSingleton<IOutgoingGrainCallFilter>(sp => sp.GetRequiredService<GrainQuiescence>());
            services.AddOrganisationDirectory(TestOrganisation.Create());
        });
    }

    /// <summary>A loopback port nothing listens on now (the kernel's pick for port 0).</summary>
    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
