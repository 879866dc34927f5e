using System.Net;
using System.Net.Sockets;

namespace Asivado.Durability.Gateway;

public static class FreeTcpPort
{
    /// <summary>A loopback port nothing listens on now (the kernel's pick for port 0).</summary>
    public static int Next() => Next(1)[0];

    /// <summary>
    /// <paramref name="count"/> distinct loopback ports nothing listens on now: all are held open until every one is
    /// picked, so the kernel cannot hand out the same one twice.
    /// </summary>
    public static int[] Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var listeners = new TcpListener[count];
        try
        {
            for (var i = 0; i < count; i++)
            {
                listeners[i] = new TcpListener(IPAddress.Loopback, 0);
                listeners[i].Start();
            }

            return [.. listeners.Select(static listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener?.Stop();
            }
        }
    }
}
