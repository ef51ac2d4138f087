using Stockbridge.Storage;
using Stockbridge.TradeStore.Connector;

namespace Stockbridge.TradeStore.Hosting;

/// <summary>Finds a client's trade store: its first enabled connection of the <c>tradestore</c> connector, or null (then every store URL is 404).</summary>
public sealed class StoreLocator(IStore store)
{
    public async Task<StoreContext?> FindAsync(string clientId, CancellationToken ct)
    {
        if (clientId.Length is 0 or > 100) return null;
        var connections = await store.Connections.ListAsync(clientId, ct);
        var connection = connections.Where(c => c.Enabled && c.ConnectorKey == TradeStoreManifest.Key).OrderBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault();
        return connection is null ? null : new StoreContext(connection, TradeStoreSettings.From(connection.Settings));
    }
}
