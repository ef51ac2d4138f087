using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Parcelninja.Api;

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
        var settings = ParcelninjaSettings.From(context);
        return new ParcelninjaConnector(new ParcelninjaApi(settings, context.Http), settings, context.Time);
    }
}
