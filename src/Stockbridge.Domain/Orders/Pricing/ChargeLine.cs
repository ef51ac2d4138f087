namespace Stockbridge.Domain.Orders.Pricing;

/// <summary>A non-stock line of an ERP order: shipping, the discounts of <see cref="DiscountMode.DiscountLine"/>, or a rounding cent.</summary>
/// <param name="Kind">What it is: <see cref="ChargeKinds"/>.</param>
/// <param name="Description">Text for the ERP line.</param>
/// <param name="Value">Its value ex tax, to the cent (negative for discounts).</param>
public sealed record ChargeLine(string Kind, string Description, decimal Value);
