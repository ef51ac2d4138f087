using Stockbridge.Connectors.Acme.Simulator.State;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Acme.Simulator;

/// <summary>A running Acme channel simulator: a shopper, and what the channel itself holds.</summary>
public sealed partial class AcmeSimulator : IChannelSimulator
{
    /// <summary>The note prefix the connector writes the ERP's order number with.</summary>
    public const string ErpNotePrefix = "ERP order ";

    /// <inheritdoc />
    public Task<PlacedOrder> PlaceOrderAsync(ShopperOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        AcmeOrder placed;
        try
        {
            placed = AcmeEndpoints.Place(State, order.Email, [.. order.Lines.Select(l => (l.Sku, l.Quantity))], order.DiscountCode);
        }
        catch (Wire.AcmeRequestException e)
        {
            throw new ShopperRefusedException(e.Message, e);
        }
        return Task.FromResult(new PlacedOrder(placed.Code, placed.Lines.Sum(l => l.NetTotal) + placed.Shipping));
    }

    /// <inheritdoc />
    public Task<ChannelProductState?> ReadProductAsync(string sku, CancellationToken cancellationToken) =>
        Task.FromResult(State.Read(s => s.Products.TryGetValue(sku, out var p) ? new ChannelProductState(p.Sku, p.Title, p.Price, p.Quantity, p.Status, p.Status == "active") : null));

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ReadSkusAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(State.Read(s => s.Products.Keys.Order(StringComparer.Ordinal).ToList()));

    /// <inheritdoc />
    public Task<ChannelOrderState?> ReadOrderAsync(string orderCode, CancellationToken cancellationToken) =>
        Task.FromResult(State.Read(s => s.Orders.Find(o => o.Code == orderCode) is { } o
            ? new ChannelOrderState(o.Code, "open", [.. o.Notes.Where(n => n.StartsWith(ErpNotePrefix, StringComparison.Ordinal)).Select(n => n[ErpNotePrefix.Length..])], [])
            : null));

    /// <inheritdoc />
    public Task<bool> SubscribeOrderWebhooksAsync(Uri endpoint, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string>? SignWebhook(ReadOnlyMemory<byte> body, string topic) => null;
}
