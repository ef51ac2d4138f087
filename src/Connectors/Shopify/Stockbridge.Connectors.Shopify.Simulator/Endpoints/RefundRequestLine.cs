namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>One refunded line of a <see cref="RefundRequest"/>.</summary>
public sealed record RefundRequestLine(string Sku, int Quantity);
