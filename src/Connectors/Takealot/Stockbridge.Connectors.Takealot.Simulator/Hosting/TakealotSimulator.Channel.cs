using System.Globalization;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Takealot.Simulator.Sales;
using Stockbridge.Connectors.Takealot.Simulator.State;
using Stockbridge.Connectors.Takealot.Simulator.Webhooks;
using Stockbridge.Connectors.Takealot.Simulator.Wire;
using Stockbridge.Simulators.Webhooks;

namespace Stockbridge.Connectors.Takealot.Simulator.Hosting;

/// <summary>
/// The Takealot simulator seen from outside the hub: a shopper's order is a leadtime sale (the merchant ships it, so it
/// takes leadtime stock); what Takealot shows for a SKU is its offer (catalogue title, whole-rand selling price, leadtime
/// stock over the seller's warehouses); an order carries the tracking numbers of the seller's confirmed shipments.
/// </summary>
public sealed partial class TakealotSimulator : IChannelSimulator
{
    /// <inheritdoc />
    public Task<PlacedOrder> PlaceOrderAsync(ShopperOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        IReadOnlyList<TakealotSale> placed;
        try
        {
            var lines = order.Lines.Select(l => (l.Sku, l.Quantity == decimal.Truncate(l.Quantity) ? (int)l.Quantity
                : throw new ShopperRefusedException($"Takealot sells whole units; {l.Quantity} of {l.Sku} is not one"))).ToList();
            placed = Sales.Place(new SaleRequest(lines, SaleKind.Leadtime, Customer(order.Email), Promotion: order.DiscountCode is not null));
        }
        catch (TakealotRequestException e)
        {
            throw new ShopperRefusedException(e.Message, e);
        }
        return Task.FromResult(new PlacedOrder(placed[0].OrderId.ToString(CultureInfo.InvariantCulture), SalePlacer.PaidExVat(placed)));
    }

    /// <summary>A sale shipped from Takealot's own DC stock (the merchant never ships it); refused when the DCs are short.</summary>
    public PlacedOrder PlaceTakealotFulfilledOrder(IReadOnlyList<(string Sku, int Quantity)> lines)
    {
        var placed = Sales.Place(new SaleRequest(lines, SaleKind.TakealotFulfilled));
        return new PlacedOrder(placed[0].OrderId.ToString(CultureInfo.InvariantCulture), SalePlacer.PaidExVat(placed));
    }

    /// <inheritdoc />
    public Task<ChannelProductState?> ReadProductAsync(string sku, CancellationToken cancellationToken) =>
        Task.FromResult(State.Read(s => s.BySku(sku) is { } o
            ? new ChannelProductState(o.Sku, o.Product.Title, o.SellingPrice, o.LeadtimeTotal, o.Status, o.Status == "Buyable")
            : null));

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ReadSkusAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(State.Read(s => s.Offers.Select(o => o.Sku).Order(StringComparer.Ordinal).ToList()));

    /// <inheritdoc />
    public Task<ChannelOrderState?> ReadOrderAsync(string orderCode, CancellationToken cancellationToken) =>
        Task.FromResult(State.Read(s =>
        {
            var items = s.Sales.Where(x => x.OrderId.ToString(CultureInfo.InvariantCulture) == orderCode).ToList();
            if (items.Count == 0) return null;
            var tracking = items.Where(x => x.Shipment is not null).Select(x => x.Shipment!.TrackingNumber).Distinct(StringComparer.Ordinal).ToList();
            // Takealot keeps no seller reference on a sale: there is nowhere the ERP's order number could be written.
            return new ChannelOrderState(orderCode, string.Join(", ", items.Select(x => x.SaleStatus).Distinct(StringComparer.Ordinal)), [], tracking)
            {
                CarriesErpOrderNumbers = false,
            };
        }));

    /// <inheritdoc />
    public Task<bool> SubscribeOrderWebhooksAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        State.Read(s =>
        {
            s.Webhooks.Add(new WebhookSubscription { Id = s.NextNumber().ToString(CultureInfo.InvariantCulture), Uri = endpoint.ToString() });
            return 0;
        });
        return Task.FromResult(true);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string>? SignWebhook(ReadOnlyMemory<byte> body, string topic)
    {
        var delivery = new WebhookDelivery(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), TakealotWebhookEvents.NewLeadtimeOrder, "", "", body.ToArray(), State.Time.GetUtcNow());
        var signature = HmacSha256HexSigner.Sign(body.Span, Webhooks.Secret);
        return TakealotWebhooks.Headers(delivery, signature).ToDictionary(h => h.Key, h => h.Value, StringComparer.Ordinal);
    }

    private static string Customer(string email) => email.Split('@')[0] is { Length: > 0 } name ? name : "Takealot shopper";
}
