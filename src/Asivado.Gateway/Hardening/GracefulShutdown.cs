namespace Asivado.Gateway.Hardening;

/// <summary>
/// "Hosting:ShutdownTimeout" (default 30 s) bounds the stop. On stop, SignalR closes every connection when the
/// application stops, Kestrel drains the requests in flight, and the Orleans silo stops its deadline service and
/// deactivates every activation (grains persist each change as it happens, so nothing waits to be written).
/// </summary>
public static class GracefulShutdown
{
    public const string TimeoutKey = "Hosting:ShutdownTimeout";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    internal static IHostApplicationBuilder AddGracefulShutdown(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration[TimeoutKey];
        var timeout = string.IsNullOrWhiteSpace(configured) ? DefaultTimeout : builder.Configuration.GetValue<TimeSpan>(TimeoutKey);
        if (timeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{TimeoutKey} must be positive.");
        }

        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = timeout);
        return builder;
    }
}
