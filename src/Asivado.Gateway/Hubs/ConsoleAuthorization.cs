using System.Security.Claims;
using Asivado.Gateway.Authentication;
using Asivado.Grains.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Asivado.Gateway.Hubs;

/// <summary>
/// Who may open a console: a signed-in person of the organisation directory, as themselves. The agent is
/// the token's "sub"; a query parameter agentId, when present, must equal it. Checked on negotiate and on
/// connect, so a refused console gets 401 (no or bad token) or 403 (someone else's console) before any handshake.
/// </summary>
public static class ConsoleAuthorization
{
    public const string PolicyName = "AgentConsole";

    public const string AgentIdQueryParameter = "agentId";
}

/// <summary>See <see cref="ConsoleAuthorization"/>.</summary>
public sealed class ConsoleAgentRequirement : IAuthorizationRequirement;

internal sealed class ConsoleAgentAuthorizationHandler(IOrganisationDirectory directory) : AuthorizationHandler<ConsoleAgentRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ConsoleAgentRequirement requirement)
    {
        var http = context.Resource switch
        {
            HttpContext httpContext => httpContext,
            HubInvocationContext invocation => invocation.Context.GetHttpContext(),
            _ => null,
        };
        var subject = context.User.FindFirstValue(TokenClaims.Subject);
        if (string.IsNullOrEmpty(subject))
        {
            context.Fail(new AuthorizationFailureReason(this, "the token has no subject"));
        }
        else if (directory.FindPerson(subject) is null)
        {
            context.Fail(new AuthorizationFailureReason(this, "the subject is not a person of the organisation"));
        }
        else if (http is not null && http.Request.Query.TryGetValue(ConsoleAuthorization.AgentIdQueryParameter, out var agentId)
            && !string.Equals(agentId.ToString(), subject, StringComparison.Ordinal))
        {
            context.Fail(new AuthorizationFailureReason(this, "agentId is not the signed-in person"));
        }
        else
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
