namespace Stockbridge.Domain.Orders;

/// <summary>The part of one discount that a channel allocated to a line or a shipping charge, ex tax.</summary>
/// <param name="Kind">Where the discount came from: <see cref="DiscountKinds"/>.</param>
/// <param name="Name">The discount code, or the title of an automatic or manual discount.</param>
/// <param name="Amount">The amount taken off this line, ex tax.</param>
public sealed record DiscountAllocation(string Kind, string? Name, decimal Amount);
