using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Asivado.LoadTest.Tests.SignalR;

/// <summary>A real ASP.NET Core SignalR server on Kestrel (127.0.0.1, a free port) with the test hubs.</summary>
public sealed class TestSignalRServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestSignalRServer(WebApplication app, CountingJsonHubProtocol protocol, ScriptedSignalRServer scripted)
    {
        _app = app;
        Protocol = protocol;
        Scripted = scripted;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address);
    }

    public Uri BaseUrl { get; }

    public CountingJsonHubProtocol Protocol { get; }

    public ScriptedSignalRServer Scripted { get; }

    public Uri Hub(string path) => new(BaseUrl, path);

    /// <param name="keepAliveInterval">How often the server pings; long by default so tests see only the pings they cause.</param>
    public static async Task<TestSignalRServer> StartAsync(TimeSpan? keepAliveInterval = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSignalR(options =>
        {
            options.KeepAliveInterval = keepAliveInterval ?? TimeSpan.FromMinutes(10);
            options.ClientTimeoutInterval = TimeSpan.FromMinutes(20);
            options.EnableDetailedErrors = true;
        });
        var protocol = new CountingJsonHubProtocol(new JsonHubProtocol());
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol>(protocol);
        builder.Services.AddAuthentication(QueryTokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, QueryTokenAuthenticationHandler>(QueryTokenAuthenticationHandler.SchemeName, _ => { });
        builder.Services.AddAuthorization();

        var app = builder.Build();
        var scripted = new ScriptedSignalRServer();
        app.UseWebSockets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHub<TestHub>("/hubs/test");
        app.MapHub<SecureHub>("/hubs/secure");
        app.MapHub<RefusingHub>("/hubs/refusing");
        app.Map("/hubs/scripted", scripted.HandleAsync);
        await app.StartAsync();
        return new TestSignalRServer(app, protocol, scripted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
