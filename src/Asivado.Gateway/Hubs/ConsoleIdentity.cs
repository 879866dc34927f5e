using System.Security.Claims;
using Asivado.Gateway.Authentication;
using Asivado.Grains.Common;

namespace Asivado.Gateway.Hubs;

/// <summary>Reads the signed-in console user from the connection's token.</summary>
internal static class ConsoleIdentity
{
    public static string? Subject(ClaimsPrincipal? user) => user?.FindFirstValue(TokenClaims.Subject);

    /// <summary>The token's subject and role as the actor of the console's requests; null without both.</summary>
    public static Actor? Actor(ClaimsPrincipal? user)
    {
        var subject = Subject(user);
        return !string.IsNullOrEmpty(subject) && GatewayRoles.TryGetActorRole(user!.FindFirstValue(TokenClaims.Role), out var role)
            ? new Actor(subject, role, user!.FindFirstValue(TokenClaims.Department))
            : null;
    }
}
