using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Compliance.Tests.Depot;

/// <summary>Registers the depot connector.</summary>
public sealed class DepotConnectorFactory : IConnectorFactory
{
    public ConnectorManifest Manifest { get; } = DepotManifest.Create();

    public IConnector Create(ConnectionContext context) => new DepotConnector(context);
}
