namespace Stockbridge.Connectors.WooCommerce.Simulator.State;

/// <summary>One line item of an order; money ex tax.</summary>
public sealed record WooOrderLine(int Id, string Name, int ProductId, int VariationId, int Quantity, string Sku, decimal Price,
    decimal Subtotal, decimal Total, decimal TotalTax);
