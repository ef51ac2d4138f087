using Stockbridge.Domain.Orders;

namespace Stockbridge.Domain.Tests.Orders;

public sealed class OrderRefundsTests
{
    private static Order Sample(params Refund[] refunds) => new()
    {
        Channel = "shopify",
        ChannelOrderCode = "#1001",
        LineItems =
        [
            new LineItem { Sku = "A", Qty = 3, Price = 100m, TotalDiscount = 30m, ChannelLineId = "11", TaxLines = [new TaxLine("VAT", 0.15m, 40.50m)] },
            new LineItem { Sku = "B", Qty = 1, Price = 50m, ChannelLineId = "12" },
        ],
        ShippingLines = [new ShippingLine("std", "Standard", 60m, 10m)],
        Refunds = refunds.Length == 0 ? null : [.. refunds],
    };

    [Fact]
    public void An_order_without_refunds_is_left_as_it_is()
    {
        var order = Sample();
        OrderRefunds.Remaining(order).ShouldBeSameAs(order);
        OrderRefunds.IsFullyRefunded(order).ShouldBeFalse();
    }

    [Fact]
    public void Refunded_units_take_their_share_of_net_discount_and_tax_to_the_cent()
    {
        var order = Sample(new Refund { ChannelRefundId = "r1", Lines = [new RefundLine("gid://shopify/LineItem/11", "A", 2, 180m, 27m)] });
        var left = OrderRefunds.Remaining(order);
        var a = left.LineItems.Single(l => l.Sku == "A");
        a.Qty.ShouldBe(1);
        a.TotalDiscount.ShouldBe(10m);
        a.TaxLines.Single().Price.ShouldBe(13.50m);
        OrderValue.ExTax(left).ShouldBe(90m + 50m + 50m);
        left.LineItems.Single(l => l.Sku == "B").ShouldBe(order.LineItems[1]);
    }

    [Fact]
    public void A_line_refunded_in_full_and_refunded_shipping_are_gone()
    {
        var order = Sample(
            new Refund { ChannelRefundId = "r1", Lines = [new RefundLine("12", "B", 1, 50m, 0)] },
            new Refund { ChannelRefundId = "r2", Shipping = 50m });
        var left = OrderRefunds.Remaining(order);
        left.LineItems.Select(l => l.Sku).ShouldBe(["A"]);
        left.ShippingLines.ShouldBeEmpty();
        OrderValue.ExTax(left).ShouldBe(270m);
    }

    [Fact]
    public void Part_of_the_shipping_refunded_lowers_it()
    {
        var left = OrderRefunds.Remaining(Sample(new Refund { ChannelRefundId = "r1", Shipping = 20m }));
        left.ShippingLines.Single().Net.ShouldBe(30m);
    }

    [Fact]
    public void A_refund_of_money_only_changes_nothing_and_everything_refunded_is_full()
    {
        var goodwill = new Refund { ChannelRefundId = "r1", Amount = 25m };
        goodwill.ChangesOrder.ShouldBeFalse();
        OrderValue.ExTax(OrderRefunds.Remaining(Sample(goodwill))).ShouldBe(OrderValue.ExTax(Sample()));

        var all = new Refund { ChannelRefundId = "r2", Lines = [new RefundLine("11", "A", 3, 0, 0), new RefundLine("12", "B", 1, 0, 0)], Shipping = 50m };
        OrderRefunds.IsFullyRefunded(Sample(all)).ShouldBeTrue();
        OrderRefunds.IsFullyRefunded(Sample(all with { Shipping = 0 })).ShouldBeFalse();
    }

    [Fact]
    public void Without_line_ids_the_sku_matches_only_a_line_it_names_alone()
    {
        var order = Sample(new Refund { ChannelRefundId = "r1", Lines = [new RefundLine(null, "B", 1, 0, 0)] });
        OrderRefunds.Remaining(order with { LineItems = [.. order.LineItems.Select(l => l with { ChannelLineId = null })] })
            .LineItems.Select(l => l.Sku).ShouldBe(["A"]);
        var twice = order with { LineItems = [.. order.LineItems.Select(l => l with { ChannelLineId = null, Sku = "B" })] };
        OrderRefunds.Remaining(twice).LineItems.Length.ShouldBe(2);
    }
}
