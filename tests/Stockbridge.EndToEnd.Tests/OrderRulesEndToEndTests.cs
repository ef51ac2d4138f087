using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Syspro.Simulator.Database.Records;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;
using Stockbridge.Demo;
using Stockbridge.EndToEnd.Tests.Support;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// Order rules end to end: a Shopify order placed by a shopper goes through the hub's rules into SYSPRO, and the test reads
/// the resulting sales order from SYSPRO's own tables.
/// </summary>
public sealed class OrderRulesEndToEndTests
{
    [Fact]
    public async Task Orders_are_raised_against_the_cash_or_B2B_account_with_shipping_and_order_type_per_the_rules()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(new DemoOptions { StockCodes = 12, PullIntervalSeconds = 1 }, ct);
        var sku = await ShopStock.FirstSkuInStockAsync(hub, ct);
        var (account, email) = AccountWithEmail(hub.World);

        var cash = await PlaceAsync(hub, "someone.new@example.com", sku, shipping: null, ct);
        var b2b = await PlaceAsync(hub, email, sku, new PlaceOrderShipping("Courier", "courier", 120m), ct);

        var cashSo = await RaisedAsync(hub, cash, ct);
        cashSo.Customer.Trim().ShouldBe(SeedCatalogue.CashCustomer);
        var b2bSo = await RaisedAsync(hub, b2b, ct);
        b2bSo.Customer.Trim().ShouldBe(account, "the order's e-mail is a SYSPRO customer's: raised on that B2B account");
        // SYSPRO line type 4 is a freight line; the charge is the shipping price ex tax (120 incl. 15% VAT).
        var freight = b2bSo.Lines.Where(l => l.LineType == "4").ShouldHaveSingleItem("the shipping line is raised as a SORTOI FreightLine");
        freight.ChargeValue.ShouldBe(Math.Round(120m / 1.15m, 2), 0.01m);
        cashSo.Lines.ShouldNotContain(l => l.LineType == "4", "an order without shipping has no freight line");

        await hub.SetRulesAsync(DemoIds.Syspro, $$"""{"default_customer_code":"{{SeedCatalogue.CashCustomer}}","order_type":"invoice","poll_interval_seconds":1}""", ct);
        var invoice = await PlaceAsync(hub, "another.new@example.com", sku, shipping: null, ct);
        var invoiceSo = await RaisedAsync(hub, invoice, ct);
        cashSo.OrderType.Trim().ShouldBe(SysproRunningSimulator.WebOrderType);
        invoiceSo.OrderType.Trim().ShouldBe(SysproRunningSimulator.InvoiceOrderType, "order_type invoice raises the connection's invoice order type");
    }

    private static async Task<string> PlaceAsync(InProcessHub hub, string email, string sku, PlaceOrderShipping? shipping, CancellationToken ct)
    {
        var order = await hub.World.Shop.PlaceOrderAsync(new PlaceOrderRequest { Email = email, LineItems = [new PlaceOrderLine(sku, 1)], ShippingLine = shipping }, ct);
        return order.Name;
    }

    private static Task<SalesOrderRecord> RaisedAsync(InProcessHub hub, string code, CancellationToken ct) =>
        Eventually.GetAsync(() => hub.World.Syspro.Company.FindSalesOrderByPoAsync(code, null, ct), $"order {code} in SYSPRO", ct);

    private static (string Account, string Email) AccountWithEmail(DemoEnvironment world)
    {
        using var connection = new SqliteConnection($"Data Source={world.Syspro.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT Customer, Email FROM ArCustomer
            WHERE Customer <> 'CASH' AND CustomerOnHold = 'N' AND Email <> ''
            ORDER BY CreditLimit DESC, Customer LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        reader.Read().ShouldBeTrue("the sample company has a B2B customer with an e-mail");
        return (reader.GetString(0).Trim(), reader.GetString(1).Trim());
    }
}
