using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Sql.Database;
using Stockbridge.Connectors.Sql.Orders;
using Stockbridge.Connectors.Sql.Settings;

namespace Stockbridge.Connectors.Sql;

/// <summary>
/// The SQL source: any ERP whose data sits in a database the hub may read, configured by the merchant's own queries rather
/// than code. Products, prices, stock and customers are read read-only, page by page; orders are raised, when the
/// connection has order statements, with a separate login and exactly once (looked up by the channel order code first).
/// Never retries on its own; the engine does.
/// </summary>
public sealed partial class SqlConnector : ISourceConnector, ISupportsIncrementalReads, IOrderRaiser
{
    private readonly ConnectionContext _context;
    private readonly Lazy<SqlSettings> _settings;

    internal SqlConnector(ConnectionContext context)
    {
        _context = context;
        _settings = new Lazy<SqlSettings>(() => SqlSettings.From(context));
    }

    private SqlSettings Settings => _settings.Value;
    private SqlConnections Connections => new(Settings);
    private OrderRaising Orders => new(Settings, Connections, _context.Time);
}
