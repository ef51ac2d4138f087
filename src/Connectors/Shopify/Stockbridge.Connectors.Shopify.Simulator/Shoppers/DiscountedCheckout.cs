using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.Shoppers;

/// <summary>A checkout's discounts: the applications, and each one's allocations per line and on the shipping line.</summary>
public sealed record DiscountedCheckout(
    List<SimDiscountApplication> Applications, List<SimDiscountAllocation>[] Lines, List<SimDiscountAllocation> Shipping);
