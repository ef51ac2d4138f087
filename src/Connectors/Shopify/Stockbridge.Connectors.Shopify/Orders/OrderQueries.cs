namespace Stockbridge.Connectors.Shopify.Orders;

/// <summary>The GraphQL documents for reading orders (sized to stay under the 1000-point single-query limit).</summary>
public static class OrderQueries
{
    /// <summary>Orders per page of the reconciling poll. <value>7</value></summary>
    public const int PageSize = 7;
    /// <summary>Lines read with each order; longer orders page through their lines. <value>10</value></summary>
    public const int LinesPerOrder = 10;

    /// <summary>Shopify's calculated cost of <see cref="Since"/>: 2 + 7 × 128.</summary>
    public const int SinceCost = 898;
    /// <summary>Cost of <see cref="MoreLines"/>: 1 + 2 + 100 × 8.</summary>
    public const int MoreLinesCost = 803;

    private const string Money = "{ shopMoney { amount currencyCode } }";
    private const string Address = "{ firstName lastName company address1 address2 city province zip countryCodeV2 phone }";
    public const string LineFields = "id sku title quantity originalUnitPriceSet " + Money + " totalDiscountSet " + Money + " taxLines { title rate priceSet " + Money + " }";

    /// <summary>Every field of an order the hub maps (<see cref="GraphOrderMapper"/>).</summary>
    public const string OrderFields =
        "id legacyResourceId name email createdAt updatedAt currencyCode taxesIncluded note displayFinancialStatus "
        + "customer { legacyResourceId email firstName lastName phone } shippingAddress " + Address + " billingAddress " + Address
        + " subtotalPriceSet " + Money + " totalPriceSet " + Money + " totalTaxSet " + Money + " totalShippingPriceSet " + Money + " totalDiscountsSet " + Money
        + " lineItems(first: 10) { pageInfo { hasNextPage endCursor } nodes { " + LineFields + " } }"
        + " shippingLines(first: 5) { nodes { title code originalPriceSet " + Money + " taxLines { title rate priceSet " + Money + " } } }";

    public const string Since =
        "query StockbridgeOrders($q: String!, $after: String) { orders(first: " + "7" + ", after: $after, query: $q, sortKey: UPDATED_AT) { pageInfo { hasNextPage endCursor } nodes { "
        + OrderFields + " } } }";

    /// <summary>Orders per page of the order index. <value>250</value></summary>
    public const int IndexPageSize = 250;
    /// <summary>Cost of <see cref="Index"/>: 2 + 250 × 1.</summary>
    public const int IndexCost = 252;

    /// <summary>Just the id and name of each order updated since a time: what a poll or sweep needs to see which orders the hub lacks.</summary>
    public const string Index =
        "query StockbridgeOrderIndex($q: String!, $after: String) { orders(first: 250, after: $after, query: $q, sortKey: UPDATED_AT) { pageInfo { hasNextPage endCursor } nodes { id name } } }";

    /// <summary>Cost of <see cref="One"/>: one order as in <see cref="Since"/>.</summary>
    public const int OneCost = 128;

    /// <summary>One order in full, by id.</summary>
    public const string One = "query StockbridgeOrder($id: ID!) { order(id: $id) { " + OrderFields + " } }";

    public const string MoreLines =
        "query StockbridgeOrderLines($id: ID!, $after: String) { order(id: $id) { lineItems(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { " + LineFields + " } } } }";

    public const string TagsAndNote = "query StockbridgeOrderTags($id: ID!) { order(id: $id) { id tags note } }";

    public const string ByName = "query StockbridgeOrderByName($q: String!) { orders(first: 1, query: $q) { nodes { id } } }";

    public const string Update =
        "mutation StockbridgeOrderUpdate($input: OrderInput!) { orderUpdate(input: $input) { order { id tags note } userErrors { field message } } }";

    public const string SetMetafield =
        "mutation StockbridgeOrderMetafield($m: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $m) { metafields { id } userErrors { field message code } } }";
}
