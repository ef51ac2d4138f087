using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Compliance.Tests.Stall;

/// <summary>Registers the stall connector.</summary>
public sealed class StallConnectorFactory : IConnectorFactory
{
    public ConnectorManifest Manifest { get; } = StallManifest.Create();

    public IConnector Create(ConnectionContext context) => new StallConnector(context);
}
