using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento1.Orders;
using Stockbridge.Connectors.Magento1.ServiceReference;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Magento1.Tests.Connector;

/// <summary>Every cent of a Magento order is carried: lines after discounts, shipping, and a discount the lines do not hold.</summary>
public sealed class OrderMapperTests
{
    [Fact]
    public void A_shipping_discount_not_on_the_lines_becomes_the_unallocated_discount()
    {
        // 2 × 45.0000 less 9.0000 on the line, 50.0000 shipping less a 20.0000 shipping discount; 15 % tax on 111.00 = 16.65.
        var order = Order(grandTotal: "127.6500", tax: "16.6500", shipping: "50.0000", discount: "-29.0000",
            new SalesOrderItemEntity { ItemId = "7", Sku = "A-1", Name = "A", QtyOrdered = "2.0000", Price = "45.0000", RowTotal = "90.0000", DiscountAmount = "9.0000", TaxPercent = "15.0000", TaxAmount = "12.1500" });

        var mapped = MagentoOrderMapper.Map(order);

        var line = Assert.Single(mapped.LineItems);
        Assert.Equal(81m, line.NetTotal);
        Assert.Equal(20m, mapped.UnallocatedDiscount);
        Assert.Equal(111m, OrderValue.ExTax(mapped));
        Assert.Equal("7", line.ChannelLineId);
    }

    [Fact]
    public void A_configurable_line_is_read_once_with_its_simples_sku()
    {
        var order = Order(grandTotal: "165.0000", tax: "15.0000", shipping: "50.0000", discount: "0.0000",
            new SalesOrderItemEntity { ItemId = "1", Sku = "TEE-S", ProductType = "configurable", QtyOrdered = "1.0000", Price = "100.0000", RowTotal = "100.0000" },
            new SalesOrderItemEntity { ItemId = "2", ParentItemId = "1", Sku = "TEE-S", ProductType = "simple", QtyOrdered = "1.0000", Price = "0.0000", RowTotal = "0.0000" });

        var mapped = MagentoOrderMapper.Map(order);

        Assert.Equal("TEE-S", Assert.Single(mapped.LineItems).Sku);
        Assert.Equal(150m, OrderValue.ExTax(mapped));
    }

    [Fact]
    public void An_order_whose_amounts_do_not_add_up_is_refused_with_the_numbers()
    {
        var order = Order(grandTotal: "500.0000", tax: "0.0000", shipping: "0.0000", discount: "0.0000",
            new SalesOrderItemEntity { ItemId = "1", Sku = "A", QtyOrdered = "1.0000", Price = "100.0000", RowTotal = "100.0000" });

        var failure = Assert.Throws<PermanentConnectorException>(() => MagentoOrderMapper.Map(order));

        Assert.Equal("Magento order 100000042: its lines and shipping (100.0000) are less than grand_total less tax (500.00); the order's amounts do not add up.", failure.Message);
    }

    private static SalesOrderEntity Order(string grandTotal, string tax, string shipping, string discount, params SalesOrderItemEntity[] items) => new()
    {
        IncrementId = "100000042",
        OrderId = "42",
        GrandTotal = grandTotal,
        TaxAmount = tax,
        ShippingAmount = shipping,
        DiscountAmount = discount,
        OrderCurrencyCode = "ZAR",
        CreatedAt = "2026-12-07 03:00:00",
        Items = items,
    };
}
