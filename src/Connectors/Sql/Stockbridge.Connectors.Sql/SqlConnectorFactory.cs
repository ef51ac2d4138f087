using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Sql.Manifest;

namespace Stockbridge.Connectors.Sql;

/// <summary>Binds the SQL source to one connection.</summary>
public sealed class SqlConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public ConnectorManifest Manifest => SqlManifest.Manifest;

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new SqlConnector(context);
    }
}
