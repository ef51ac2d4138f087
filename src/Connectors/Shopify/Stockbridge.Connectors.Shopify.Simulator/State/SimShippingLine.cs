namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A shipping charge on an order.</summary>
public sealed record SimShippingLine(long Id, string Title, string Code, decimal Price, List<SimTaxLine> TaxLines);
