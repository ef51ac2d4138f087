namespace Stockbridge.Connectors.Takealot.Simulator.Sales;

/// <summary>What a shopper buys on Takealot.</summary>
/// <param name="Lines">SKU and quantity per line.</param>
/// <param name="Kind">Leadtime (the seller ships) or from a Takealot DC.</param>
/// <param name="Customer">The shopper's name.</param>
/// <param name="Promotion">A Takealot promotion takes 10 % off (rounded to whole rand).</param>
public sealed record SaleRequest(IReadOnlyList<(string Sku, int Quantity)> Lines, SaleKind Kind, string Customer = "Thandi Nkosi", bool Promotion = false);
