using System.Net;
using System.Net.Sockets;

namespace Stockbridge.Demo;

/// <summary>Finds a free TCP port on 127.0.0.1.</summary>
public static class FreePort
{
    /// <summary>A port nothing listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
