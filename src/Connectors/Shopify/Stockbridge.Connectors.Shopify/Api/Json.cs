using System.Text.Json;
using Stockbridge.Connectors.Wire;

namespace Stockbridge.Connectors.Shopify.Api;

/// <summary>Shopify's own JSON shapes (GraphQL and REST money bags, connections), on top of the shared <see cref="JsonReaders"/>.</summary>
public static class Json
{
    /// <summary>A money bag's shop amount: <c>{shopMoney{amount}}</c>.</summary>
    public static decimal? ShopMoney(this JsonElement e, string name) => e.Prop(name)?.Prop("shopMoney")?.Dec("amount");

    /// <summary>A REST money set's shop amount: <c>{shop_money{amount}}</c> (webhook bodies).</summary>
    public static decimal? RestShopMoney(this JsonElement e, string name) => e.Prop(name)?.Prop("shop_money")?.Dec("amount");

    /// <summary>Nodes of a connection (<c>nodes</c>, or <c>edges[].node</c>).</summary>
    public static IEnumerable<JsonElement> Nodes(this JsonElement e, string name) =>
        e.Prop(name) is { } conn ? conn.Prop("nodes") is { } nodes ? nodes.EnumerateArray() : conn.Arr("edges").Select(x => x.GetProperty("node")) : [];

    /// <summary>The connection's endCursor when it has a next page, else null.</summary>
    public static string? NextCursor(this JsonElement e, string name) =>
        e.Prop(name)?.Prop("pageInfo") is { } info && info.Bool("hasNextPage") == true ? info.Str("endCursor") : null;
}
