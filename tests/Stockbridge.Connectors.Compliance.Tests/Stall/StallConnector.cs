using System.Runtime.CompilerServices;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Compliance.Tests.Stall;

/// <summary>A channel connector with only what <see cref="IChannelConnector"/> requires: no optional interface at all.</summary>
public sealed class StallConnector(ConnectionContext context) : IChannelConnector
{
    private StallSimulator Stall =>
        StallSimulator.Open(context.Required(StallManifest.StallIdSetting)) is { } stall && stall.Accepts(context.Optional(StallManifest.ApiKeySetting))
            ? stall
            : throw new PermanentConnectorException("The stall refused the connection: no such stall, or a wrong API key.");

    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
    {
        var stall = StallSimulator.Open(context.Optional(StallManifest.StallIdSetting) ?? "");
        var check = stall is null ? new ConnectionCheck("stall", false, "No stall has that id.")
            : stall.Accepts(context.Optional(StallManifest.ApiKeySetting)) ? new ConnectionCheck("stall", true, "The stall took the API key.")
            : new ConnectionCheck("stall", false, "The stall refused the API key.");
        return Task.FromResult(new ConnectionTestResult([check]));
    }

    public Task<IReadOnlyList<PushOutcome>> PushProductsAsync(IReadOnlyList<ProductPush> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var stall = Stall;
        var outcomes = batch.Select(push =>
        {
            foreach (var v in push.Product.Variants)
                stall.Upsert(new StallProduct(v.Sku, push.Product.Title, v.Price ?? 0, v.Qty ?? 0, push.Status.ToString().ToLowerInvariant()));
            return new PushOutcome(push.Product.SourceProductCode,
                new ChannelLink(push.Product.SourceProductCode, push.Product.Variants.ToDictionary(v => "sku:" + v.Sku, v => v.Sku, StringComparer.Ordinal)));
        }).ToList();
        return Task.FromResult<IReadOnlyList<PushOutcome>>(outcomes);
    }

    public Task<IReadOnlyList<PushOutcome>> PushStockAsync(IReadOnlyList<StockPush> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var stall = Stall;
        return Task.FromResult<IReadOnlyList<PushOutcome>>([.. batch.Select(push => stall.SetQuantity(push.Sku, push.Quantity)
            ? new PushOutcome(push.Sku, push.Link)
            : new PushOutcome(push.Sku, null, $"The stall has no SKU '{push.Sku}'."))]);
    }

    public async IAsyncEnumerable<Order> ReadOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var order in Stall.OrdersSince(since))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Order
            {
                Channel = StallManifest.Key,
                ChannelOrderCode = order.Code,
                ChannelOrderId = order.Code,
                PlacedAt = order.PlacedAt,
                LineItems = [.. order.Lines.Select(l => new LineItem { Sku = l.Line.Sku, Qty = l.Line.Quantity, Price = l.Price, TotalDiscount = l.Discount })],
            };
        }
        await Task.CompletedTask;
    }

    public Task MarkOrderRaisedAsync(Order order, string sourceOrderCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Stall.MarkRaised(order.ChannelOrderCode, sourceOrderCode)
            ? Task.CompletedTask
            : throw new PermanentConnectorException($"The stall has no order {order.ChannelOrderCode}.");
    }
}
