using Stockbridge.Connectors.ISync.Api;
using Stockbridge.Connectors.ISync.Products;
using Stockbridge.Connectors.ISync.Settings;
using Stockbridge.Connectors.Source;

namespace Stockbridge.Connectors.ISync;

/// <summary>
/// An iSync connection on the assumed contract: products read incrementally by (ModifiedDate, SKU) and grouped by
/// JobProductID, orders raised once per PONumber (looked up before any post is repeated), no customers. Never retries on its
/// own beyond one new login when iSync ends a session; the engine retries.
/// </summary>
public sealed partial class ISyncConnector : ISourceConnector, ISupportsIncrementalReads, IOrderRaiser, ISupportsOrderValues
{
    private readonly ConnectionContext _context;
    private readonly Lazy<ISyncSettings> _settings;
    private readonly Lazy<ISyncClient> _client;

    internal ISyncConnector(ConnectionContext context)
    {
        _context = context;
        _settings = new Lazy<ISyncSettings>(() => ISyncSettings.From(context));
        _client = new Lazy<ISyncClient>(() => new ISyncClient(context, Settings));
    }

    /// <summary>How many times this connector logged in to iSync.</summary>
    public int Logins => _client.IsValueCreated ? _client.Value.Logins : 0;

    private ISyncSettings Settings => _settings.Value;
    private ISyncClient Client => _client.Value;
    private ProductReader Reader => new(Client, Settings, _context);
}
