using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Parcelninja;

/// <summary>Binds the Parcelninja connector to one connection.</summary>
public sealed class ParcelninjaConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public ConnectorManifest Manifest => ParcelninjaManifest.Manifest;

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ParcelninjaConnector(new ParcelninjaApi(ParcelninjaSettings.From(context), context.Http));
    }
}
