using System.Net;
using Orleans;
using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql.Tests.Membership;

/// <summary>Membership entries as a joining silo writes them, times at whole seconds (what every store keeps exactly).</summary>
internal static class MembershipEntries
{
    private static int _generation = 1000;

    public static SiloAddress NewSilo(int port = 12345) => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), Interlocked.Increment(ref _generation));

    public static MembershipEntry Joining(SiloAddress? silo = null)
    {
        var address = silo ?? NewSilo();
        return new MembershipEntry
        {
            SiloAddress = address,
            HostName = "test-host",
            SiloName = "silo-" + address.Generation,
            Status = SiloStatus.Joining,
            ProxyPort = 30000,
            StartTime = Now(),
            IAmAliveTime = Now(),
        };
    }

    public static DateTime Now()
    {
        var now = DateTime.UtcNow;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}
