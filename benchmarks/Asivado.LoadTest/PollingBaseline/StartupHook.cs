using System.Diagnostics;
using Asivado.LoadTest.PollingBaseline;
using Microsoft.Extensions.Hosting;

/// <summary>
/// A .NET startup hook (DOTNET_STARTUP_HOOKS=&lt;this assembly&gt;, set by the load tester for PollingBaseline:* host
/// settings): before the gateway's Main runs, it listens for the host being built, as WebApplicationFactory does, and
/// when every registration is in (the "HostBuilding" event of Microsoft.Extensions.Hosting) swaps the polling baseline in.
/// The type must be called StartupHook and sit in no namespace.
/// </summary>
internal static class StartupHook
{
    public static void Initialize() => DiagnosticListener.AllListeners.Subscribe(new HostingListeners());

    private sealed class HostingListeners : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.Extensions.Hosting")
            {
                value.Subscribe(new HostBuildingObserver());
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class HostBuildingObserver : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value is { Key: "HostBuilding", Value: IHostBuilder builder })
            {
                builder.ConfigureServices(static (context, services) => PollingBaselineServices.Swap(services, context.Configuration));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
