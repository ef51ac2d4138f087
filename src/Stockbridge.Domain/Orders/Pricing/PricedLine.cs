namespace Stockbridge.Domain.Orders.Pricing;

/// <summary>
/// One stock line as the ERP should hold it: <see cref="UnitPrice"/> (at most five decimals) and a line discount value
/// (<see cref="DiscountValue"/>, cents) such that round(qty × unit price, 2) − discount = <see cref="Value"/>.
/// </summary>
/// <param name="Index">The line's position in the order's line items.</param>
/// <param name="Sku">The stock code.</param>
/// <param name="Qty">The quantity.</param>
/// <param name="UnitPrice">The unit price to send, ex tax.</param>
/// <param name="DiscountValue">The discount to send in the ERP's line-discount field (0 unless <see cref="DiscountMode.LineDiscount"/>).</param>
/// <param name="Value">The line's value in the ERP, ex tax, to the cent.</param>
public sealed record PricedLine(int Index, string Sku, decimal Qty, decimal UnitPrice, decimal DiscountValue, decimal Value);
