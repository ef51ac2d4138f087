namespace Stockbridge.Connectors.Simulation;

/// <summary>A sales channel's simulator, seen from outside the hub: a shopper, and what the channel itself holds.</summary>
public interface IChannelSimulator : IRunningSimulator
{
    /// <summary>
    /// Places an order as a shopper would, through the storefront (the channel sends its webhooks as for a real order);
    /// throws <see cref="ShopperRefusedException"/> when the channel refuses it (unknown SKU, not enough stock).
    /// </summary>
    Task<PlacedOrder> PlaceOrderAsync(ShopperOrder order, CancellationToken cancellationToken);

    /// <summary>What the channel shows for a SKU (title, price, quantity, status), or null if it has no such SKU.</summary>
    Task<ChannelProductState?> ReadProductAsync(string sku, CancellationToken cancellationToken);

    /// <summary>Every SKU the channel holds.</summary>
    Task<IReadOnlyList<string>> ReadSkusAsync(CancellationToken cancellationToken);

    /// <summary>An order as the channel holds it, with the ERP order numbers written back onto it; null if unknown.</summary>
    Task<ChannelOrderState?> ReadOrderAsync(string orderCode, CancellationToken cancellationToken);

    /// <summary>
    /// Points the channel's new-order webhooks at <paramref name="endpoint"/>, as a merchant does in the channel's admin;
    /// false when the channel has no webhooks (the hub then finds orders by polling).
    /// </summary>
    Task<bool> SubscribeOrderWebhooksAsync(Uri endpoint, CancellationToken cancellationToken);

    /// <summary>
    /// The headers the channel would send with this webhook body (signature, topic, delivery id), or null when the
    /// channel has no webhooks.
    /// </summary>
    IReadOnlyDictionary<string, string>? SignWebhook(ReadOnlyMemory<byte> body, string topic);
}
