using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Webhooks;

/// <summary>Something a webhook told the hub.</summary>
/// <param name="Topic">The topic (e.g. <c>orders/create</c>).</param>
/// <param name="Order">The order it carried, mapped to the canonical model, if it was an order topic.</param>
/// <param name="ExternalId">The id of the record it was about, for other topics.</param>
/// <param name="Refund">The refund it carried (e.g. Shopify's <c>refunds/create</c>), with the code of the order refunded.</param>
public sealed record WebhookEvent(string Topic, Order? Order = null, string? ExternalId = null, ChannelRefund? Refund = null);
