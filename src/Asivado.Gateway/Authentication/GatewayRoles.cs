using Asivado.Grains.Common;
using Asivado.Grains.Organisation;

namespace Asivado.Gateway.Authentication;

/// <summary>The values of the "role" claim, and how they map to staff roles and actor roles.</summary>
public static class GatewayRoles
{
    public const string Agent = "agent";
    public const string Lead = "lead";
    public const string Manager = "manager";
    public const string Admin = "admin";
    public const string Integration = "integration";

    public static IReadOnlyList<string> All { get; } = [Agent, Lead, Manager, Admin, Integration];

    public static string For(StaffRole role) => role switch
    {
        StaffRole.Agent => Agent,
        StaffRole.Lead => Lead,
        StaffRole.Manager => Manager,
        StaffRole.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a staff role."),
    };

    /// <returns>False for anything but the five role names (exact, lower case).</returns>
    public static bool TryGetActorRole(string? role, out ActorRole actorRole)
    {
        actorRole = role switch
        {
            Agent => ActorRole.Agent,
            Lead => ActorRole.Lead,
            Manager => ActorRole.Manager,
            Admin => ActorRole.Admin,
            Integration => ActorRole.Integration,
            _ => default,
        };
        return actorRole != default;
    }
}
