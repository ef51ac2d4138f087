namespace Stockbridge.Connectors.WooCommerce.Simulator.State;

/// <summary>A shipping line of an order.</summary>
public sealed record WooShippingLine(int Id, string MethodId, string MethodTitle, decimal Total, decimal TotalTax);
