using System.Net;
using System.Net.Sockets;

namespace Asivado.Durability.Gateway;

public static class FreeTcpPort
{
    /// <summary>A loopback port nothing listens on now (the kernel's pick for port 0).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
