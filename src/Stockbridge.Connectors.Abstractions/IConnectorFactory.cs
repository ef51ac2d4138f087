using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors;

/// <summary>Registers one kind of connector: its manifest, and how to bind it to a connection.</summary>
public interface IConnectorFactory
{
    /// <summary>The connector's manifest.</summary>
    ConnectorManifest Manifest { get; }

    /// <summary>Creates a connector instance for one connection.</summary>
    IConnector Create(ConnectionContext context);
}
