using Asivado.Grains.Common;
using Microsoft.AspNetCore.Authorization;

namespace Asivado.Gateway.Authorization;

/// <summary>
/// Every /api endpoint (but the demo sign-in): a signed-in caller with a known role; an integration only on the
/// endpoints marked <see cref="IntegrationAllowed"/> (intake and telephony events). Fails as 403; no caller is 401.
/// </summary>
public sealed class ApiCallerRequirement : IAuthorizationRequirement;

/// <summary>Endpoint metadata: integration keys may call this endpoint.</summary>
public sealed class IntegrationAllowed
{
    public static IntegrationAllowed Instance { get; } = new();

    private IntegrationAllowed()
    {
    }
}

internal sealed class ApiCallerAuthorizationHandler : AuthorizationHandler<ApiCallerRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiCallerRequirement requirement)
    {
        var caller = Caller.From(context.User);
        if (caller is null)
        {
            context.Fail(new AuthorizationFailureReason(this, "the caller has no subject or no known role"));
        }
        else if (caller.Role == ActorRole.Integration
            && (context.Resource as HttpContext)?.GetEndpoint()?.Metadata.GetMetadata<IntegrationAllowed>() is null)
        {
            context.Fail(new AuthorizationFailureReason(this, "integration keys may only take in contacts and telephony events"));
        }
        else
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
