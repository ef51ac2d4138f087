using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Acme;

/// <summary>Binds the Acme connector to one connection.</summary>
public sealed class AcmeConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public ConnectorManifest Manifest => AcmeManifest.Manifest;

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new AcmeConnector(new AcmeApi(AcmeSettings.From(context), context.Http));
    }
}
