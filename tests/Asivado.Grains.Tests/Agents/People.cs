using Asivado.Grains.Common;

namespace Asivado.Grains.Tests.Agents;

/// <summary>Actors of the test organisation (see Support/TestOrganisation).</summary>
internal static class People
{
    public static readonly Actor Alice = new("alice", ActorRole.Agent, "billing");
    public static readonly Actor Bob = new("bob", ActorRole.Agent, "billing");
    public static readonly Actor Lena = new("lena", ActorRole.Lead, "billing");
    public static readonly Actor Sam = new("sam", ActorRole.Lead, "support");
    public static readonly Actor Carl = new("carl", ActorRole.Agent, "support");
    public static readonly Actor Admin = new("root", ActorRole.Admin);

    public static Actor Self(string id) => new(id, ActorRole.Agent);
}
