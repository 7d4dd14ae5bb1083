using System.Net;
using System.Net.Sockets;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// Free loopback TCP ports, each handed out once per test run, so that the HTTP, silo and gateway
/// ports of several host processes never collide with each other. Another program may still take a
/// port between the probe and the host binding it: <see cref="SiloProcess"/> retries on new ports.
/// </summary>
internal static class FreePorts
{
    private static readonly HashSet<int> Handed = [];
    private static readonly Lock Gate = new();

    public static int Next()
    {
        lock (Gate)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (Handed.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
