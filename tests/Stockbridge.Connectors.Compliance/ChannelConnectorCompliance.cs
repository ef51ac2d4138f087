using System.Text;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.Compliance;

/// <summary>Compliance tests for a channel connector against its simulator.</summary>
/// <typeparam name="TFixture">Starts the simulator and builds contexts.</typeparam>
public abstract class ChannelConnectorCompliance<TFixture>(TFixture fixture) : ConnectorCompliance<TFixture>(fixture)
    where TFixture : class, IChannelFixture
{
    [Fact]
    public async Task PushProducts_then_snapshot_shows_what_was_pushed()
    {
        var channel = Fixture.Connect<IChannelConnector>();
        var code = FixtureExtensions.UniqueCode("P");
        var product = Fixture.SampleProduct(code, code + "-A", code + "-B");
        var outcomes = await channel.PushProductsAsync([new ProductPush(product, Fixture.ActiveStatus, null)], Timeout());
        var outcome = Assert.Single(outcomes);
        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.NotNull(outcome.Link);

        if (channel is not ISupportsReconciliation reconciling) return;
        var snapshots = await reconciling.ReadSnapshotsAsync([code + "-A", code + "-B"], Timeout());
        Assert.Equal(2, snapshots.Count);
        foreach (var variant in product.Variants)
        {
            var snap = Assert.Single(snapshots, s => s.Sku == variant.Sku);
            Assert.Equal(variant.Price, snap.Price);
        }
    }

    [Fact]
    public async Task PushStock_sets_the_quantity_the_channel_reports()
    {
        var channel = Fixture.Connect<IChannelConnector>();
        var code = FixtureExtensions.UniqueCode("S");
        var sku = code + "-A";
        var pushed = await channel.PushProductsAsync([new ProductPush(Fixture.SampleProduct(code, sku), Fixture.ActiveStatus, null)], Timeout());
        var link = Assert.Single(pushed).Link;
        var stock = await channel.PushStockAsync([new StockPush(sku, null, 37, null, link)], Timeout());
        Assert.True(Assert.Single(stock).Succeeded, stock[0].Error);

        if (channel is not ISupportsReconciliation reconciling) return;
        var snap = Assert.Single(await reconciling.ReadSnapshotsAsync([sku], Timeout()));
        Assert.Equal(37m, snap.Quantity);
    }

    [Fact]
    public async Task ReadOrders_since_before_an_order_was_placed_includes_it()
    {
        var channel = Fixture.Connect<IChannelConnector>();
        var context = Fixture.CreateContext();
        var code = FixtureExtensions.UniqueCode("O");
        var sku = code + "-A";
        await channel.PushProductsAsync([new ProductPush(Fixture.SampleProduct(code, sku), Fixture.ActiveStatus, null)], Timeout());
        var since = context.Time.GetUtcNow().AddMinutes(-1);
        var orderCode = await Fixture.PlaceOrderAsync(sku);

        var found = new List<string>();
        await foreach (var order in channel.ReadOrdersAsync(since, Timeout())) found.Add(order.ChannelOrderCode);
        Assert.Contains(orderCode, found);
    }

    [Fact]
    public async Task MarkOrderRaised_succeeds_for_a_placed_order()
    {
        var channel = Fixture.Connect<IChannelConnector>();
        var code = FixtureExtensions.UniqueCode("M");
        var sku = code + "-A";
        await channel.PushProductsAsync([new ProductPush(Fixture.SampleProduct(code, sku), Fixture.ActiveStatus, null)], Timeout());
        var since = Fixture.CreateContext().Time.GetUtcNow().AddMinutes(-1);
        var orderCode = await Fixture.PlaceOrderAsync(sku);
        Domain.Orders.Order? placed = null;
        await foreach (var order in channel.ReadOrdersAsync(since, Timeout()))
            if (order.ChannelOrderCode == orderCode) placed = order;
        Assert.NotNull(placed);
        await channel.MarkOrderRaisedAsync(placed, "SO-" + code, Timeout());
    }

    [Fact]
    public void Webhook_signed_by_the_channel_is_accepted_and_a_tampered_one_rejected()
    {
        if (Fixture.Connect<IChannelConnector>() is not ISupportsWebhooks webhooks) return;
        var body = Encoding.UTF8.GetBytes("{\"id\":1,\"name\":\"#1\"}");
        var signed = Fixture.SignedWebhook(body);
        var ok = webhooks.Verify(signed);
        Assert.True(ok.Valid, ok.Reason);
        Assert.False(string.IsNullOrWhiteSpace(ok.DeliveryId));

        var tampered = signed with { Body = Encoding.UTF8.GetBytes("{\"id\":2,\"name\":\"#1\"}") };
        var bad = webhooks.Verify(tampered);
        Assert.False(bad.Valid);
        Assert.False(string.IsNullOrWhiteSpace(bad.Reason));

        var unsigned = signed with { Headers = new Dictionary<string, string>() };
        Assert.False(webhooks.Verify(unsigned).Valid);
    }
}
