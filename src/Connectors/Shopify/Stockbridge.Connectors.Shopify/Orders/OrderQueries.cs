namespace Stockbridge.Connectors.Shopify.Orders;

/// <summary>The GraphQL documents for reading orders (sized to stay under the 1000-point single-query limit).</summary>
public static class OrderQueries
{
    /// <summary>Orders per page of the reconciling poll. <value>5</value></summary>
    public const int PageSize = 5;
    /// <summary>Lines read with each order; longer orders page through their lines. <value>10</value></summary>
    public const int LinesPerOrder = 10;

    /// <summary>Shopify's calculated cost of <see cref="Since"/>: 2 + 5 × <see cref="OneCost"/>.</summary>
    public const int SinceCost = 2 + PageSize * OneCost;
    /// <summary>Lines per page when an order's further lines are read. <value>90</value></summary>
    public const int MoreLinesPageSize = 90;
    /// <summary>Cost of <see cref="MoreLines"/>: 1 + 2 + 90 × (1 + 9).</summary>
    public const int MoreLinesCost = 3 + MoreLinesPageSize * 10;

    private const string Money = "{ shopMoney { amount currencyCode } }";
    private const string Address = "{ firstName lastName company address1 address2 city province zip countryCodeV2 phone }";
    /// <summary>Each discount allocated to a line or shipping line, with the application it came from (kind, code or title).</summary>
    public const string Allocations = "discountAllocations { allocatedAmountSet " + Money + " discountApplication { __typename "
        + "... on DiscountCodeApplication { code } ... on AutomaticDiscountApplication { title } ... on ManualDiscountApplication { title } "
        + "... on ScriptDiscountApplication { title } } }";
    public const string LineFields = "id sku title quantity originalUnitPriceSet " + Money + " " + Allocations + " taxLines { title rate priceSet " + Money + " }";

    /// <summary>Every field of an order the hub maps (<see cref="GraphOrderMapper"/>).</summary>
    public const string OrderFields =
        "id legacyResourceId name email createdAt updatedAt cancelledAt currencyCode taxesIncluded note displayFinancialStatus discountCodes "
        + "customer { legacyResourceId email firstName lastName phone } shippingAddress " + Address + " billingAddress " + Address
        + " subtotalPriceSet " + Money + " totalPriceSet " + Money + " totalTaxSet " + Money + " totalShippingPriceSet " + Money + " totalDiscountsSet " + Money
        + " lineItems(first: 10) { pageInfo { hasNextPage endCursor } nodes { " + LineFields + " } }"
        + " shippingLines(first: 5) { nodes { title code originalPriceSet " + Money + " " + Allocations + " taxLines { title rate priceSet " + Money + " } } }";

    public const string Since =
        "query StockbridgeOrders($q: String!, $after: String) { orders(first: 5, after: $after, query: $q, sortKey: UPDATED_AT) { pageInfo { hasNextPage endCursor } nodes { "
        + OrderFields + " } } }";

    /// <summary>Orders per page of the order index. <value>250</value></summary>
    public const int IndexPageSize = 250;
    /// <summary>Cost of <see cref="Index"/>: 2 + 250 × 1.</summary>
    public const int IndexCost = 252;

    /// <summary>Just the id and name of each order updated since a time: what a poll or sweep needs to see which orders the hub lacks.</summary>
    public const string Index =
        "query StockbridgeOrderIndex($q: String!, $after: String) { orders(first: 250, after: $after, query: $q, sortKey: UPDATED_AT) { pageInfo { hasNextPage endCursor } nodes { id name } } }";

    /// <summary>Cost of <see cref="One"/>: the order (1 + 66 for its fields and 10 lines of 9) plus 5 shipping lines of 8 … as Shopify calculates it (a test holds this to the simulator's calculator).</summary>
    public const int OneCost = 168;

    /// <summary>One order in full, by id.</summary>
    public const string One = "query StockbridgeOrder($id: ID!) { order(id: $id) { " + OrderFields + " } }";

    public const string MoreLines =
        "query StockbridgeOrderLines($id: ID!, $after: String) { order(id: $id) { lineItems(first: 90, after: $after) { pageInfo { hasNextPage endCursor } nodes { " + LineFields + " } } } }";

    /// <summary>An order's name and tax mode by id (what a refund webhook needs); costs 1.</summary>
    public const string NameAndTaxMode = "query StockbridgeOrderName($id: ID!) { order(id: $id) { name taxesIncluded } }";

    public const string TagsAndNote = "query StockbridgeOrderTags($id: ID!) { order(id: $id) { id tags note } }";

    public const string ByName = "query StockbridgeOrderByName($q: String!) { orders(first: 1, query: $q) { nodes { id } } }";

    public const string Update =
        "mutation StockbridgeOrderUpdate($input: OrderInput!) { orderUpdate(input: $input) { order { id tags note } userErrors { field message } } }";

    public const string SetMetafield =
        "mutation StockbridgeOrderMetafield($m: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $m) { metafields { id } userErrors { field message code } } }";
}
