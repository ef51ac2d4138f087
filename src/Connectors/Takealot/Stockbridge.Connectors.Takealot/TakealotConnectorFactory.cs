using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Takealot;

/// <summary>Binds the Takealot connector to one connection.</summary>
public sealed class TakealotConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public ConnectorManifest Manifest => TakealotManifest.Manifest;

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TakealotConnector(TakealotSettings.From(context), context.Http, context.Time);
    }
}
