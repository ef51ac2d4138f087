using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Sql.Tests.Support;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Sql.Tests.Orders;

/// <summary>Order raising through the order login: the read-only login cannot raise, a refused line rolls the header back, money adds up.</summary>
public sealed class OrderRaisingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task On_postgresql_the_read_only_login_cannot_raise_and_the_erp_holds_nothing()
    {
        await using var acme = await Acme.StartPostgresAsync();
        var connector = Acme.Connect(acme, ("order_username", ""), ("order_password", ""));
        var code = "RO-" + Guid.NewGuid().ToString("N")[..8];

        var error = await Assert.ThrowsAsync<PermanentConnectorException>(() => connector.RaiseOrderAsync(Order(code, acme.Samples.Customer, acme.Samples.Sku), Ct));

        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.Empty(await acme.FindOrdersAsync(code, Ct));
    }

    [Fact]
    public async Task A_refused_line_rolls_back_the_header_and_names_the_engine_reason()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var code = "BAD-" + Guid.NewGuid().ToString("N")[..8];
        var order = Order(code, acme.Samples.Customer, acme.Samples.Sku) is var o
            ? o with { LineItems = [.. o.LineItems, new LineItem { Sku = "NO-SUCH-ITEM", Qty = 1, Price = 10m }] } : null!;

        var error = await Assert.ThrowsAsync<PermanentConnectorException>(() => Acme.Connect(acme).RaiseOrderAsync(order, Ct));

        Assert.Contains("FOREIGN KEY", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await acme.FindOrdersAsync(code, Ct));
    }

    [Fact]
    public async Task Discounts_and_shipping_add_up_to_what_the_shopper_paid()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var code = "CENTS-" + Guid.NewGuid().ToString("N")[..8];
        var order = new Order
        {
            Channel = "tests",
            ChannelOrderCode = code,
            SourceCustomerCode = acme.Samples.Customer,
            LineItems =
            [
                new LineItem { Sku = acme.Samples.Sku, Qty = 3, Price = 33.33m, TotalDiscount = 0.01m },
                new LineItem { Sku = Stockbridge.Connectors.Sql.Simulator.Acme.AcmeSeeder.Item(2, "S"), Qty = 1, Price = 10.10m },
            ],
            UnallocatedDiscount = 1.00m,
            ShippingLines = [new ShippingLine("courier", "Courier", 65.00m)],
        };

        var raised = await Acme.Connect(acme).RaiseOrderAsync(order, Ct);

        var held = Assert.Single(await acme.FindOrdersAsync(code, Ct));
        Assert.Equal(raised.SourceOrderCode, held.OrderNumber);
        Assert.Equal(OrderValue.ExTax(order), held.ValueExTax);
    }

    private static Order Order(string code, string customer, string sku) => new()
    {
        Channel = "tests",
        ChannelOrderCode = code,
        SourceCustomerCode = customer,
        LineItems = [new LineItem { Sku = sku, Qty = 2, Price = 99.99m }],
        ShippingLines = [new ShippingLine("courier", "Courier", 50m)],
    };
}
