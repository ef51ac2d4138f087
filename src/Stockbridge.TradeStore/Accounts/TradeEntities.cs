namespace Stockbridge.TradeStore.Accounts;

/// <summary>
/// The trade store's own records, kept in the hub's record store beside products, customers and orders (scoped by client,
/// keyed by the store connection). The console's record pages and the API list only products, customers and orders, so
/// these are never shown there.
/// </summary>
internal static class TradeEntities
{
    /// <summary>A trade customer's login: <see cref="TradeAccount"/>, keyed <c>{storeConnectionId}:{customerCode}</c>.</summary>
    public const string Account = "trade_account";
    /// <summary>A trade customer's cart: <see cref="Cart.TradeCart"/>, keyed like its account.</summary>
    public const string Cart = "trade_cart";

    /// <summary>The key of a customer's account or cart in a store.</summary>
    public static string Key(string storeConnectionId, string customerCode) => $"{storeConnectionId}:{customerCode}";
}
