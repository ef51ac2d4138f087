namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>
/// Body of <c>POST /_sim/orders/{id}/refund</c>: what the merchant refunds in the admin. Either one SKU (<see cref="Sku"/>,
/// <see cref="Quantity"/>) or several <see cref="Lines"/>; <see cref="Shipping"/> refunds all shipping; <see cref="Amount"/>
/// alone (no lines, no shipping) is a refund of money only.
/// </summary>
public sealed record RefundRequest(string? Sku = null, int Quantity = 0, List<RefundRequestLine>? Lines = null, bool Shipping = false, decimal? Amount = null, string? Note = null);
