using Asivado.Grains.Organisation;

namespace Asivado.Grains.Tests.Support;

public static class GrainsTestHost
{
    /// <summary>A silo with every Asivado grain and <see cref="TestOrganisation"/> (or the given directory), memory stores, virtual time. Anything <paramref name="configure"/> sets runs after the Asivado registrations.</summary>
    public static Task<TestGrainHost> StartAsync(IOrganisationDirectory? directory = null, Action<TestGrainHostOptions>? configure = null) =>
        TestGrainHost.StartAsync(directory ?? TestOrganisation.Create(), configure);
}
