using System.Security.Claims;
using Asivado.Grains.Common;

namespace Asivado.Gateway.Api;

/// <summary>
/// The one place that turns the caller into the <see cref="Actor"/> grains record in history. A signed-in user is
/// their "sub" claim with the role of their "role" claim (agent, lead, manager, admin, integration). Every /api
/// endpoint requires a signed-in caller, so there is no anonymous actor.
/// </summary>
public static class ActorResolution
{
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";

    public static Actor GetActor(this HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var user = httpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            throw new InvalidOperationException("The API requires a signed-in caller.");
        }

        // JWT handlers map "sub" and "role" to the long claim types unless told not to; accept both.
        var id = user.FindFirst(SubjectClaim)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var role = user.FindFirst(RoleClaim)?.Value ?? user.FindFirst(ClaimTypes.Role)?.Value;
        if (string.IsNullOrWhiteSpace(id) || !TryParseRole(role, out var actorRole))
        {
            throw new InvalidOperationException("A signed-in user must carry a 'sub' claim and a known 'role' claim.");
        }

        return new Actor(id, actorRole, user.FindFirst(Authentication.TokenClaims.Department)?.Value);
    }

    public static bool TryParseRole(string? value, out ActorRole role)
    {
        role = default;
        return value is not null
            && Enum.TryParse(value, ignoreCase: true, out role)
            && role is not ActorRole.System
            && Enum.IsDefined(role);
    }
}
