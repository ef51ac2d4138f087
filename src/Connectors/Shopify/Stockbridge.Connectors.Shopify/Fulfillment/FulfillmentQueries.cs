namespace Stockbridge.Connectors.Shopify.Fulfillment;

/// <summary>The documents for pushing a fulfilment.</summary>
public static class FulfillmentQueries
{
    public const string OpenWork =
        "query StockbridgeFulfillmentOrders($id: ID!) { order(id: $id) { id fulfillmentOrders(first: 5) { nodes { id status lineItems(first: 50) { nodes { id sku remainingQuantity } } } } } }";
    public const int OpenWorkCost = 1 + 2 + 5 * (1 + 2 + 50);

    public const string Create =
        "mutation StockbridgeFulfill($f: FulfillmentInput!) { fulfillmentCreate(fulfillment: $f) { fulfillment { id name status } userErrors { field message code } } }";
}
