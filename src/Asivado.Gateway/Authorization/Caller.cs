using System.Security.Claims;
using Asivado.Gateway.Authentication;
using Asivado.Grains.Common;

namespace Asivado.Gateway.Authorization;

/// <summary>The signed-in caller as access rules see them: who, in which role, and the department of their token.</summary>
public sealed record Caller(string Id, ActorRole Role, string? DepartmentId)
{
    public Actor Actor => new(Id, Role, DepartmentId);

    /// <summary>Null unless the principal carries a "sub" and one of the five role names.</summary>
    public static Caller? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = user.FindFirstValue(TokenClaims.Subject);
        return !string.IsNullOrWhiteSpace(id) && GatewayRoles.TryGetActorRole(user.FindFirstValue(TokenClaims.Role), out var role)
            ? new Caller(id, role, user.FindFirstValue(TokenClaims.Department))
            : null;
    }
}
