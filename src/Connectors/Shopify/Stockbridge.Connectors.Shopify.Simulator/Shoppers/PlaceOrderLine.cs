namespace Stockbridge.Connectors.Shopify.Simulator.Shoppers;

/// <summary>
/// A line the shopper buys: a SKU and a quantity; the price is the variant's current price. <paramref name="ManualDiscount"/>
/// is money a merchant took off this line by hand (a manual line discount, as on a draft order), titled
/// <paramref name="ManualDiscountTitle"/>.
/// </summary>
public sealed record PlaceOrderLine(string Sku, int Quantity, decimal ManualDiscount = 0, string? ManualDiscountTitle = null);
