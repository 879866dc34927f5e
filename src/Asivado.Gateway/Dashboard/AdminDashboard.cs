using Asivado.Gateway.Authorization;
using Asivado.Grains.Common;
using Orleans.Dashboard;

namespace Asivado.Gateway.Dashboard;

/// <summary>
/// The Orleans Dashboard for admins at <see cref="Path"/>, when "Orleans:Dashboard:Enabled" is true (default false: it
/// profiles every grain call, so the embedded default and the benchmarks run without it). Every dashboard request
/// needs a signed-in admin: a bearer token, or the session cookie <see cref="AdminDashboardSession"/> sets for browsers.
/// </summary>
public static class AdminDashboard
{
    public const string EnabledKey = "Orleans:Dashboard:Enabled";

    public const string Path = "/admin/orleans";

    /// <summary>The authorization policy of the dashboard and its session: a signed-in admin (401 anonymous, 403 anyone else).</summary>
    public const string PolicyName = "OrleansDashboardAdmin";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(EnabledKey);

    public static IHostApplicationBuilder AddAdminDashboard(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!IsEnabled(builder.Configuration))
        {
            return builder;
        }

        // The live log stream would hand every log line to a browser outside the log pipeline's controls.
        builder.UseOrleans(silo => silo.AddDashboard(options => options.HideTrace = true));
        builder.Services.AddAuthorizationBuilder().AddPolicy(PolicyName, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => Caller.From(context.User)?.Role == ActorRole.Admin));
        builder.Services.AddAdminDashboardSessionCookie();
        return builder;
    }

    public static IEndpointRouteBuilder MapAdminDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!IsEnabled(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            return endpoints;
        }

        endpoints.MapOrleansDashboard(Path).RequireAuthorization(PolicyName).ExcludeFromDescription();
        endpoints.MapAdminDashboardSession();
        return endpoints;
    }
}
