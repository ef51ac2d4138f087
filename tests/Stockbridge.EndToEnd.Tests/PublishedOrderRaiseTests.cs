using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Shopify.Orders;
using Stockbridge.Connectors.Syspro;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;
using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Orders.Pricing;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// Shopify's own published sample order with a discount code (order #1001: TENOFF across three lines), mapped by the Shopify
/// connector and raised by the SYSPRO connector into the SYSPRO simulator under each discount mode; the sales order's value is
/// read from SYSPRO's own tables and compared with Shopify's own numbers, to the cent.
/// </summary>
public sealed class PublishedOrderRaiseTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private RunningSysproSimulator _syspro = null!;

    public async ValueTask InitializeAsync()
    {
        _syspro = await SysproSimulator.StartAsync(new SysproSimulatorOptions { StockCodes = 20, Customers = 5 }, TestContext.Current.CancellationToken);
        foreach (var sku in new[] { "IPOD2008GREEN", "IPOD2008RED", "IPOD2008BLACK" })
            await _syspro.Company.AddStockCodeAsync(new NewStockCode(sku, "IPod Nano - 8gb", 199m, 50m), TestContext.Current.CancellationToken);
    }

    private static JsonElement Sample() => JsonDocument.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Published", "order-1001.json"))).RootElement.GetProperty("order");

    private static decimal Money(JsonElement e, string name) => decimal.Parse(e.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(DiscountModes.NetPrice)]
    [InlineData(DiscountModes.LineDiscount)]
    [InlineData(DiscountModes.DiscountLine)]
    public async Task ShopifysDiscountedSample_RaisedIntoSyspro_SalesOrderValueIsWhatShopifyCharged(string mode)
    {
        var ct = TestContext.Current.CancellationToken;
        var sample = Sample();
        var order = RestOrderMapper.Map(sample) with { ChannelOrderCode = $"#1001-{mode}", SourceCustomerCode = SeedCatalogue.CashCustomer };

        var raised = await Connect(mode).RaiseOrderAsync(order, ct);

        var salesOrder = (await _syspro.Company.FindSalesOrderAsync(raised.SourceOrderCode, ct))!;
        // Shopify's numbers: the lines less the TENOFF code, and (the same thing) what is left after its two refunds plus what they refunded.
        var refunded = sample.GetProperty("refunds").EnumerateArray().SelectMany(r => r.GetProperty("refund_line_items").EnumerateArray())
            .Sum(r => r.GetProperty("subtotal").GetDecimal());
        salesOrder.Value.ShouldBe(Money(sample, "total_line_items_price") - Money(sample, "total_discounts"));
        salesOrder.Value.ShouldBe(Money(sample, "current_subtotal_price") + refunded);
        salesOrder.Value.ShouldBe(587.00m);
        var stock = salesOrder.Lines.Where(l => l.LineType == "1").ToList();
        stock.Select(l => l.StockCode).ShouldBe(["IPOD2008GREEN", "IPOD2008RED", "IPOD2008BLACK"]);
        switch (mode)
        {
            case DiscountModes.NetPrice:
                stock.Select(l => l.Price).ShouldBe([195.66m, 195.67m, 195.67m]);
                break;
            case DiscountModes.LineDiscount:
                stock.Select(l => (l.Price, l.DiscountValue)).ShouldBe([(199m, 3.34m), (199m, 3.33m), (199m, 3.33m)]);
                break;
            default:
                salesOrder.Lines.Where(l => l.LineType == "5").ShouldHaveSingleItem().ChargeValue.ShouldBe(-10m);
                break;
        }
    }

    private SysproConnector Connect(string mode)
    {
        var settings = new Dictionary<string, string>(_syspro.ConnectionSettings()) { ["discount_mode"] = mode };
        return (SysproConnector)new SysproConnectorFactory().Create(
            new ConnectionContext("client-1", "syspro-1", settings, _http, TimeProvider.System, NullLogger.Instance));
    }

    public async ValueTask DisposeAsync()
    {
        await _syspro.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_syspro.DatabasePath + suffix);
        _http.Dispose();
    }
}
