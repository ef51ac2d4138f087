namespace Stockbridge.Demo;

/// <summary>What the verifier found: the counts, and every problem in words.</summary>
/// <param name="OrdersPlaced">Orders placed on the shop.</param>
/// <param name="OrdersRaisedOnce">Of those, orders with exactly one sales order in SYSPRO.</param>
/// <param name="OrdersMarked">Of those, orders whose Shopify order carries its sales order number.</param>
/// <param name="SkusChecked">SKUs whose Shopify stock was compared with the hub's projection.</param>
/// <param name="Problems">Each problem found (empty: all good).</param>
/// <param name="OrdersValueMatched">Of the raised orders, those whose SYSPRO value ex tax equals what the shopper was charged ex tax, to the cent.</param>
/// <param name="OrdersFulfilled">
/// With a fulfilment service: of the raised orders, those the service shipped with a tracking number that the channel's
/// order carries; null without one.
/// </param>
public sealed record DemoVerdict(int OrdersPlaced, int OrdersRaisedOnce, int OrdersMarked, int SkusChecked, IReadOnlyList<string> Problems, int OrdersValueMatched = 0, int? OrdersFulfilled = null)
{
    /// <summary>True when every order was raised exactly once, at the value charged, and marked, and Shopify's stock equals the projection.</summary>
    public bool Ok => Problems.Count == 0;

    /// <summary>
    /// Of the raised orders, those on a channel whose orders have no field for the ERP's number (Takealot), so
    /// <see cref="OrdersMarked"/> cannot count them.
    /// </summary>
    public int OrdersWithoutErpNumberField { get; init; }
}
