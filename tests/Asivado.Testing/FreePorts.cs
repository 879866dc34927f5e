using System.Net;
using System.Net.Sockets;

namespace Asivado.Testing;

/// <summary>
/// TCP ports on 127.0.0.1 that were free when asked for, each handed out once per process, so silos started side by
/// side in one test process (parallel test classes) never share a silo or gateway port.
/// </summary>
public static class FreePorts
{
    private static readonly HashSet<int> Handed = [];

    /// <summary>A port the system just gave to a listener on 127.0.0.1:0, never one this process was given before.</summary>
    public static int Next()
    {
        lock (Handed)
        {
            while (true)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                int port;
                try
                {
                    port = ((IPEndPoint)listener.LocalEndpoint).Port;
                }
                finally
                {
                    listener.Stop();
                }

                if (Handed.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
