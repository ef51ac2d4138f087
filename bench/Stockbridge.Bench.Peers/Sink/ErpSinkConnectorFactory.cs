using Stockbridge.Connectors;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Bench.Peers.Sink;

/// <summary>Creates <see cref="ErpSinkConnector"/>s; they share one keep-alive HTTP client.</summary>
internal sealed class ErpSinkConnectorFactory : IConnectorFactory, IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
        MaxConnectionsPerServer = 64,
    }) { Timeout = TimeSpan.FromSeconds(30) };

    public ConnectorManifest Manifest => ErpSinkManifest.Instance;

    public IConnector Create(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ErpSinkConnector(context, _http);
    }

    public void Dispose() => _http.Dispose();
}
