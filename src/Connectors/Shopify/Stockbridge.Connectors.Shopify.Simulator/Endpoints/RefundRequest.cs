namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>Body of <c>POST /_sim/orders/{id}/refund</c>: refund a quantity of one SKU.</summary>
public sealed record RefundRequest(string Sku, int Quantity);
