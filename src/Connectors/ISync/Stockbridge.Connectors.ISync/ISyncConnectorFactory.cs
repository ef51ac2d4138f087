using Stockbridge.Connectors.ISync.Manifest;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.ISync;

/// <summary>Binds the iSync connector to one connection.</summary>
public sealed class ISyncConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public ConnectorManifest Manifest => ISyncManifest.Manifest;

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ISyncConnector(context);
    }
}
