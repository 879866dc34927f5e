using Microsoft.AspNetCore.Authorization;

namespace Asivado.Gateway.Authorization;

public static class ApiAuthorization
{
    public const string PolicyName = "ApiCaller";

    public static IServiceCollection AddApiAuthorization(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IAuthorizationHandler, ApiCallerAuthorizationHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(PolicyName, policy => policy.RequireAuthenticatedUser().AddRequirements(new ApiCallerRequirement()));
        return services;
    }

    /// <summary>Marks an endpoint as callable with an integration key.</summary>
    public static TBuilder AllowIntegrations<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(IntegrationAllowed.Instance);

    /// <summary>The caller of a request that passed <see cref="PolicyName"/>.</summary>
    public static Caller GetCaller(this HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return Caller.From(httpContext.User)
            ?? throw new InvalidOperationException("The endpoint requires a signed-in caller with a 'sub' claim and a known 'role' claim.");
    }

    /// <summary>403 problem details: the caller may not do this.</summary>
    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
}
