using Stockbridge.Storage.Connections;
using Stockbridge.TradeStore.Connector;

namespace Stockbridge.TradeStore.Hosting;

/// <summary>One client's trade store: its connection and parsed settings.</summary>
public sealed record StoreContext(ConnectionRecord Connection, TradeStoreSettings Settings)
{
    public string ClientId => Connection.ClientId;
    public string StoreId => Connection.Id;
    /// <summary>The store's root path, e.g. <c>/store/acme/</c>.</summary>
    public string Root => $"/store/{Uri.EscapeDataString(ClientId)}/";
}
