namespace Stockbridge.Connectors.Acme.Simulator.State;

/// <summary>One line of an order, a sales order or a shipment.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Quantity">How many.</param>
/// <param name="UnitPrice">The unit price ex tax.</param>
/// <param name="NetTotal">What the line comes to ex tax, after discounts, to the cent.</param>
public sealed record AcmeOrderLine(string Sku, decimal Quantity, decimal UnitPrice, decimal NetTotal);
