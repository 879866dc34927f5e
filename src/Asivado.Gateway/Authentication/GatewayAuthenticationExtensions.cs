using Asivado.Gateway.Authentication.ApiKeys;
using Asivado.Gateway.Authentication.DemoSignIn;
using Asivado.Gateway.Authentication.Refresh;
using Asivado.Gateway.Authorization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Authentication;

public static class GatewayAuthenticationExtensions
{
    /// <summary>Hub paths where browsers (which cannot set headers on WebSockets) send the token as ?access_token=.</summary>
    public const string HubPathPrefix = "/hubs";

    /// <summary>The default scheme: an X-Api-Key header goes to the API-key scheme, anything else to JWT bearer.</summary>
    public const string CallerScheme = "Caller";

    private const string AccessTokenQueryParameter = "access_token";

    /// <summary>
    /// JWT bearer authentication (issuer "asivado", audience "asivado-console", the configured symmetric key),
    /// the token service, and authorization. Endpoints opt in with RequireAuthorization: the console hub does.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayAuthentication(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<GatewayAuthenticationOptions>().Bind(builder.Configuration.GetSection(GatewayAuthenticationOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => TokenSigningKey.Create(
            sp.GetRequiredService<IOptions<GatewayAuthenticationOptions>>(),
            sp.GetRequiredService<ILogger<TokenSigningKey>>()));
        services.AddHostedService<TokenSigningKeyStartup>();
        services.TryAddSingleton<TokenService>();
        services.AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, "Bearer token or integration key", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationOptions.HeaderName)
                    ? ApiKeyAuthenticationOptions.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationOptions.SchemeName, _ => { });
        services.AddOptions<ApiKeyAuthenticationOptions>(ApiKeyAuthenticationOptions.SchemeName)
            .Configure<IConfiguration>((options, configuration) => options.Keys = IntegrationKeysConfiguration.Read(configuration));
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenSigningKey, TimeProvider, ILogger<TokenService>>((options, key, time, logger) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = TokenValidation.Parameters(key, time);
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = context =>
                    {
                        var token = context.Request.Query[AccessTokenQueryParameter];
                        if (!string.IsNullOrEmpty(token) && context.Request.Path.StartsWithSegments(HubPathPrefix))
                        {
                            context.Token = token;
                        }

                        return Task.CompletedTask;
                    },
                    OnTokenValidated = context =>
                    {
                        context.Properties.ExpiresUtc = TicketExpiry.OnSystemClock(context.SecurityToken.ValidTo, time);
                        return Task.CompletedTask;
                    },
                    OnAuthenticationFailed = context =>
                    {
                        logger.TokenRefused(context.Exception.GetType().Name);
                        return Task.CompletedTask;
                    },
                };
            });
        services.AddAuthorization();
        services.AddApiAuthorization();
        return builder;
    }

    /// <summary>Authentication and authorization middleware, and the demo sign-in endpoints when enabled.</summary>
    public static WebApplication UseGatewayAuthentication(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDemoSignIn(app.Configuration, app.Services.GetRequiredService<ILogger<TokenService>>());
        app.MapTokenRefresh();
        return app;
    }
}
