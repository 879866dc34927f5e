using Asivado.Domain.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Hubs;

public static class ConsoleHubExtensions
{
    /// <summary>
    /// SignalR with the JSON protocol (camelCase, enums by name, NodaTime instants ISO-8601), the console hub's
    /// rate limit filter, connection tracking and subscription renewal, and the console authorization policy.
    /// Needs the grain runtime and the organisation directory (registered by the host).
    /// </summary>
    public static IHostApplicationBuilder AddConsoleHub(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ConsoleHubOptions>()
            .Bind(builder.Configuration.GetSection(ConsoleHubOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConsoleHubOptions>, ConsoleHubOptionsValidator>();
        services.AddSingleton<ConsoleConnections>();
        services.AddSingleton<ConsoleRateLimitFilter>();
        services.AddSingleton<ConsoleArgumentFilter>();
        services.AddHostedService<ConsoleSubscriptionRenewal>();
        services.AddHostedService<ConsoleFailoverRenewal>();
        services.AddSingleton<IAuthorizationHandler, ConsoleAgentAuthorizationHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ConsoleAuthorization.PolicyName, policy => policy.RequireAuthenticatedUser().AddRequirements(new ConsoleAgentRequirement()));
        services.AddSignalR()
            .AddHubOptions<ConsoleHub>(options =>
            {
                options.AddFilter<ConsoleRateLimitFilter>();
                options.AddFilter<ConsoleArgumentFilter>();
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.AddDomainConverters());
        services.RemoveAll<IHubProtocol>();
        services.AddSingleton<IHubProtocol, CodedArgumentsJsonProtocol>();
        return builder;
    }

    /// <summary>Maps the hub at <see cref="ConsoleHubOptions.Path"/>, for signed-in people only (<see cref="ConsoleAuthorization"/>).</summary>
    public static IEndpointRouteBuilder MapConsoleHub(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // A connection ends when its token does (the ticket's expiry: Authentication/TicketExpiry); the console
        // reconnects with the token it renewed meanwhile, and resumes.
        endpoints.MapHub<ConsoleHub>(ConsoleHubOptions.Path, options => options.CloseOnAuthenticationExpiration = true)
            .RequireAuthorization(ConsoleAuthorization.PolicyName);
        return endpoints;
    }
}
