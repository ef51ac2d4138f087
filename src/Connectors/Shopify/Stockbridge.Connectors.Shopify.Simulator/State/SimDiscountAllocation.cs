namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>The part of a discount that landed on one line or shipping line, and which application it came from.</summary>
/// <param name="Amount">The money taken off this line (shop currency, whole cents).</param>
/// <param name="ApplicationIndex">Index into the order's <see cref="SimOrder.DiscountApplications"/>.</param>
public sealed record SimDiscountAllocation(decimal Amount, int ApplicationIndex);
