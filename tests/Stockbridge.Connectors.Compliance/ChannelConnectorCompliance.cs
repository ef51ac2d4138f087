using System.Text;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Compliance;

/// <summary>
/// Compliance tests for a sales channel connector: each pushes or reads through the connector and reads the effect back from
/// the channel's simulator (<see cref="IChannelSimulator"/>), or places an order as a shopper and reads it through the connector.
/// </summary>
/// <typeparam name="TModule">The connector's module.</typeparam>
public abstract class ChannelConnectorCompliance<TModule> : ConnectorCompliance<TModule>
    where TModule : ConnectorModule, new()
{
    private const ChannelProductStatus ActiveStatus = ChannelProductStatus.Active;

    /// <summary>
    /// Whether the channel shows the title the hub pushes; false for a marketplace whose titles come from its own catalogue
    /// (Takealot), where sellers write offers, not products.
    /// </summary>
    protected virtual bool ChannelShowsPushedTitle => true;

    /// <summary>The price the channel shows for a pushed price: the same, unless the channel takes only whole units of money (Takealot).</summary>
    protected virtual decimal ShownPrice(decimal pushed) => pushed;

    [Fact]
    public async Task PushProducts_shows_the_pushed_title_and_prices_on_the_channel()
    {
        var channel = Require<IChannelConnector>(ComplianceCapabilities.ChannelRole, ComplianceCapabilities.Products);
        var code = SampleRecords.UniqueCode("P");
        var product = SampleRecords.Product(code, code + "-A", code + "-B");

        var outcome = Assert.Single(await channel.PushProductsAsync([new ProductPush(product, ActiveStatus, null)], Timeout));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.NotNull(outcome.Link);
        var skus = await Probe<IChannelSimulator>().ReadSkusAsync(Timeout);
        foreach (var variant in product.Variants)
        {
            Assert.Single(skus, s => s == variant.Sku);
            var shown = await Probe<IChannelSimulator>().ReadProductAsync(variant.Sku, Timeout);
            Assert.NotNull(shown);
            if (ChannelShowsPushedTitle) Assert.Equal(product.Title, shown.Title);
            Assert.Equal(ShownPrice(variant.Price!.Value), shown.Price);
        }
    }

    [Fact]
    public async Task PushProducts_again_with_its_link_updates_the_same_product()
    {
        var channel = Require<IChannelConnector>(ComplianceCapabilities.ChannelRole, ComplianceCapabilities.Products);
        var code = SampleRecords.UniqueCode("U");
        var sku = code + "-A";
        var product = SampleRecords.Product(code, sku);
        var link = Assert.Single(await channel.PushProductsAsync([new ProductPush(product, ActiveStatus, null)], Timeout)).Link;
        var changed = product with
        {
            Title = product.Title + " (renamed)",
            Variants = [.. product.Variants.Select(v => v with { Price = 87.65m })],
        };

        var outcome = Assert.Single(await channel.PushProductsAsync([new ProductPush(changed, ActiveStatus, link)], Timeout));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Single(await Probe<IChannelSimulator>().ReadSkusAsync(Timeout), s => s == sku);
        var shown = await Probe<IChannelSimulator>().ReadProductAsync(sku, Timeout);
        Assert.NotNull(shown);
        if (ChannelShowsPushedTitle) Assert.Equal(changed.Title, shown.Title);
        Assert.Equal(ShownPrice(87.65m), shown.Price);
    }

    [Fact]
    public async Task PushStock_sets_the_quantity_the_channel_shows()
    {
        var channel = Require<IChannelConnector>(ComplianceCapabilities.ChannelRole, ComplianceCapabilities.Products);
        var code = SampleRecords.UniqueCode("S");
        var sku = code + "-A";
        var link = Assert.Single(await channel.PushProductsAsync([new ProductPush(SampleRecords.Product(code, sku), ActiveStatus, null)], Timeout)).Link;

        var stock = Assert.Single(await channel.PushStockAsync([new StockPush(sku, null, 37, null, link)], Timeout));

        Assert.True(stock.Succeeded, stock.Error);
        var shown = await Probe<IChannelSimulator>().ReadProductAsync(sku, Timeout);
        Assert.NotNull(shown);
        Assert.Equal(37m, shown.Quantity);
    }

    [Fact]
    public async Task Snapshots_say_what_the_channel_holds()
    {
        var channel = Require<IChannelConnector>(ComplianceCapabilities.ChannelRole, ComplianceCapabilities.Products, ComplianceCapabilities.Reconciliation);
        var code = SampleRecords.UniqueCode("R");
        var sku = code + "-A";
        var link = Assert.Single(await channel.PushProductsAsync([new ProductPush(SampleRecords.Product(code, sku), ActiveStatus, null)], Timeout)).Link;
        await channel.PushStockAsync([new StockPush(sku, null, 23, null, link)], Timeout);

        var snapshot = Assert.Single(await ((ISupportsReconciliation)channel).ReadSnapshotsAsync([sku], Timeout));

        var shown = await Probe<IChannelSimulator>().ReadProductAsync(sku, Timeout);
        Assert.NotNull(shown);
        Assert.Equal(sku, snapshot.Sku);
        Assert.Equal(shown.Price, snapshot.Price);
        Assert.Equal(shown.Quantity, snapshot.Quantity);
        Assert.Equal(23m, snapshot.Quantity);
    }

    [Fact]
    public async Task ReadOrders_yields_a_placed_order_with_its_lines_and_what_the_shopper_paid()
    {
        var channel = Require<IChannelConnector>(ComplianceCapabilities.ChannelRole, ComplianceCapabilities.Products, ComplianceCapabilities.ChannelOrders);
        var (placed, order) = await PlaceAndReadOrderAsync(channel, discountCode: "COMPLY10");

        Assert.Equal(placed.OrderCode, order.ChannelOrderCode);
        Assert.Equal(2, order.LineItems.Length);
        Assert.Equal([2m, 1m], order.LineItems.OrderBy(l => l.Sku, StringComparer.Ordinal).Select(l => l.Qty));
        Assert.Equal(placed.PaidExTax, OrderValue.ExTax(order));
    }

    [Fact]
    public async Task Order_index_lists_a_placed_order_and_reads_it_in_full()
    {
        var channel = Require<IChannelConnector>(ComplianceCapabilities.ChannelRole, ComplianceCapabilities.Products, ComplianceCapabilities.ChannelOrders, ComplianceCapabilities.OrderIndex);
        var index = (ISupportsOrderIndex)channel;
        var since = TimeProvider.System.GetUtcNow().AddMinutes(-1);
        var (placed, order) = await PlaceAndReadOrderAsync(channel, discountCode: null);

        ChannelOrderRef? listed = null;
        await foreach (var entry in index.ListOrdersAsync(since, Timeout))
            if (entry.ChannelOrderCode == placed.OrderCode) listed = entry;

        Assert.NotNull(listed);
        var full = await index.ReadOrderAsync(listed, Timeout);
        Assert.NotNull(full);
        Assert.Equal(order.LineItems.Select(l => (l.Sku, l.Qty)), full.LineItems.Select(l => (l.Sku, l.Qty)));
        Assert.Equal(placed.PaidExTax, OrderValue.ExTax(full));
    }

    [Fact]
    public async Task MarkOrderRaised_puts_the_erp_order_number_on_the_channel_order()
    {
        var channel = Require<IChannelConnector>(ComplianceCapabilities.ChannelRole, ComplianceCapabilities.Products, ComplianceCapabilities.ChannelOrders);
        var (placed, order) = await PlaceAndReadOrderAsync(channel, discountCode: null);
        var erpNumber = SampleRecords.UniqueCode("SO");

        await channel.MarkOrderRaisedAsync(order, erpNumber, Timeout);

        var held = await Probe<IChannelSimulator>().ReadOrderAsync(placed.OrderCode, Timeout);
        Assert.NotNull(held);
        if (held.CarriesErpOrderNumbers) Assert.Contains(erpNumber, held.ErpOrderNumbers);
        else Assert.Empty(held.ErpOrderNumbers);
    }

    [Fact]
    public async Task PushFulfillment_puts_the_tracking_number_on_the_channel_order()
    {
        var channel = Require<IChannelConnector>(ComplianceCapabilities.ChannelRole, ComplianceCapabilities.Products, ComplianceCapabilities.ChannelOrders, ComplianceCapabilities.FulfillmentPush);
        var (placed, order) = await PlaceAndReadOrderAsync(channel, discountCode: null);
        var tracking = SampleRecords.UniqueCode("TRK");
        var fulfillment = new Domain.Orders.Fulfillment
        {
            ChannelOrderCode = order.ChannelOrderCode,
            Lines = [.. order.LineItems.Select(l => new FulfillmentLine(l.Sku, l.Qty))],
            Status = "success",
            TrackingNumber = tracking,
            TrackingCompany = "Compliance Couriers",
            TrackingUrl = "https://tracking.example/" + tracking,
        };

        await ((ISupportsFulfillmentPush)channel).PushFulfillmentAsync(order, fulfillment, Timeout);

        var held = await Probe<IChannelSimulator>().ReadOrderAsync(placed.OrderCode, Timeout);
        Assert.NotNull(held);
        Assert.Contains(tracking, held.TrackingNumbers);
    }

    [Fact]
    public void Webhook_signed_by_the_channel_verifies_and_a_tampered_or_unsigned_one_does_not()
    {
        var webhooks = Require<ISupportsWebhooks>(ComplianceCapabilities.ChannelRole, ComplianceCapabilities.Webhooks);
        var body = Encoding.UTF8.GetBytes("{\"id\":1,\"name\":\"#1\"}");
        var headers = Probe<IChannelSimulator>().SignWebhook(body, "orders/create")
            ?? throw new Xunit.Sdk.XunitException($"{Module.Key} declares webhooks but its simulator signs none (SignWebhook returned null)");
        var signed = new WebhookRequest(body, headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value, StringComparer.Ordinal));

        var accepted = webhooks.Verify(signed);
        var tampered = webhooks.Verify(signed with { Body = Encoding.UTF8.GetBytes("{\"id\":2,\"name\":\"#1\"}") });
        var unsigned = webhooks.Verify(signed with { Headers = new Dictionary<string, string>(StringComparer.Ordinal) });

        Assert.True(accepted.Valid, accepted.Reason);
        Assert.False(string.IsNullOrWhiteSpace(accepted.DeliveryId));
        Assert.False(tampered.Valid);
        Assert.False(string.IsNullOrWhiteSpace(tampered.Reason));
        Assert.False(unsigned.Valid);
    }

    /// <summary>
    /// Pushes a product with two SKUs and stock, places an order for two of the first and one of the second as a shopper,
    /// and reads it back through the connector.
    /// </summary>
    private async Task<(PlacedOrder Placed, Order Order)> PlaceAndReadOrderAsync(IChannelConnector channel, string? discountCode)
    {
        var code = SampleRecords.UniqueCode("O");
        var product = SampleRecords.Product(code, code + "-A", code + "-B");
        var link = Assert.Single(await channel.PushProductsAsync([new ProductPush(product, ActiveStatus, null)], Timeout)).Link;
        await channel.PushStockAsync([.. product.Variants.Select(v => new StockPush(v.Sku, null, 20, null, link))], Timeout);
        var since = TimeProvider.System.GetUtcNow().AddMinutes(-1);

        var placed = await Probe<IChannelSimulator>().PlaceOrderAsync(
            new ShopperOrder([new ShopperLine(code + "-A", 2), new ShopperLine(code + "-B", 1)], DiscountCode: discountCode), Timeout);

        Order? read = null;
        await foreach (var order in channel.ReadOrdersAsync(since, Timeout))
            if (order.ChannelOrderCode == placed.OrderCode) read = order;
        return (placed, read ?? throw new Xunit.Sdk.XunitException($"{Module.Key} did not read order {placed.OrderCode}, placed since {since:O}"));
    }
}
