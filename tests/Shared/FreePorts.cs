using System.Net;
using System.Net.Sockets;

namespace Monitoring.Tests.Shared;

/// <summary>
/// Free loopback TCP ports, each handed out once per test run, so that the HTTP, silo and gateway
/// ports of several hosts never collide with each other. Another program may still take a port
/// between the probe and the host binding it. One file, linked into each test project that starts hosts.
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
