using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Orders.Pricing;

namespace Stockbridge.Domain.Tests.Orders;

/// <summary>Whatever the order and however discounts are expressed, the ERP order's value equals what the customer was charged, to the cent.</summary>
public class ErpOrderPricingPropertyTests
{
    private static readonly Gen<LineItem> Lines =
        from qty in Gen.Choose(1, 1000)
        from priceCents in Gen.Choose(1, 5_000_000)
        from extraDecimals in Gen.Choose(0, 99)
        from discountPercent in Gen.Choose(0, 100)
        from net in Gen.Elements(true, false)
        select MakeLine(qty, priceCents / 100m + extraDecimals / 10_000m, discountPercent, net);

    private static LineItem MakeLine(int qty, decimal price, int discountPercent, bool channelNet)
    {
        var discount = OrderValue.Cents(OrderValue.Cents(qty * price) * discountPercent / 100m);
        return new LineItem
        {
            Sku = $"SKU{qty}", Qty = qty, Price = price, TotalDiscount = discount,
            NetTotal = channelNet ? OrderValue.Cents(qty * price) - discount : null,
        };
    }

    private static readonly Gen<Order> Orders =
        from lines in Gen.ListOf(Lines).Where(l => l.Count > 0)
        from unallocatedCents in Gen.Choose(0, 5000)
        from shippingCents in Gen.Choose(0, 20_000)
        from shippingDiscountCents in Gen.Choose(0, 20_000)
        select new Order
        {
            Channel = "test", ChannelOrderCode = "#P",
            LineItems = [.. lines],
            UnallocatedDiscount = Math.Min(unallocatedCents / 100m, lines.Sum(OrderValue.LineNet)),
            ShippingLines = [new ShippingLine("std", "Courier", shippingCents / 100m, Math.Min(shippingCents, shippingDiscountCents) / 100m)],
        };

    [Property(MaxTest = 500)]
    public Property EveryMode_ErpValueEqualsWhatTheCustomerWasCharged() => Prop.ForAll(Orders.ToArbitrary(), order =>
        Enum.GetValues<DiscountMode>().All(mode => ErpOrderPricing.Price(order, mode).Value == OrderValue.ExTax(order)));

    [Property(MaxTest = 500)]
    public Property EveryMode_LinesAreWhatAnErpCanHold() => Prop.ForAll(Orders.ToArbitrary(), order =>
        Enum.GetValues<DiscountMode>().All(mode =>
        {
            var priced = ErpOrderPricing.Price(order, mode);
            return priced.Lines.All(l =>
                decimal.Round(l.UnitPrice, ErpOrderPricing.UnitDecimals) == l.UnitPrice && l.UnitPrice >= 0 && l.DiscountValue >= 0
                && decimal.Round(l.DiscountValue, 2) == l.DiscountValue
                && OrderValue.Cents(l.Qty * l.UnitPrice) - l.DiscountValue == l.Value)
                && priced.Charges.All(c => decimal.Round(c.Value, 2) == c.Value);
        }));

    [Fact]
    public void NetPrice_ShopifySampleTenOff_NetUnitPricesWithoutRounding()
    {
        var order = new Order
        {
            Channel = "shopify", ChannelOrderCode = "#1001",
            LineItems = [.. new[] { 3.34m, 3.33m, 3.33m }.Select((d, i) => new LineItem { Sku = $"IPOD{i}", Qty = 1, Price = 199m, TotalDiscount = d })],
        };

        var priced = ErpOrderPricing.Price(order, DiscountMode.NetPrice);

        priced.Lines.Select(l => l.UnitPrice).ShouldBe([195.66m, 195.67m, 195.67m]);
        priced.Charges.ShouldBeEmpty();
        priced.Value.ShouldBe(587m);
    }

    [Fact]
    public void NetPrice_ThirdsOfACent_UnitPriceCarriesThemAndNoRoundingLineIsNeeded()
    {
        // 3 × 33.33 less 0.01 = 99.98: 33.32667 × 3 = 99.98001 → 99.98.
        var order = new Order
        {
            Channel = "t", ChannelOrderCode = "#2",
            LineItems = [new LineItem { Sku = "A", Qty = 3, Price = 33.33m, TotalDiscount = 0.01m }],
        };

        var priced = ErpOrderPricing.Price(order, DiscountMode.NetPrice);

        priced.Lines.Single().UnitPrice.ShouldBe(33.32667m);
        priced.Value.ShouldBe(99.98m);
        priced.Charges.ShouldBeEmpty();
    }

    [Fact]
    public void NetPrice_QuantityTooLargeForFiveDecimals_CentGoesOnARoundingLine()
    {
        var order = new Order
        {
            Channel = "t", ChannelOrderCode = "#3",
            LineItems = [new LineItem { Sku = "A", Qty = 7000, Price = 1m, TotalDiscount = 0.03m }],
        };

        var priced = ErpOrderPricing.Price(order, DiscountMode.NetPrice);

        priced.Value.ShouldBe(6999.97m);
        priced.Charges.ShouldContain(c => c.Kind == ChargeKinds.Rounding);
    }

    [Fact]
    public void LineDiscount_DiscountTravelsInTheLineDiscountValue()
    {
        var order = new Order
        {
            Channel = "t", ChannelOrderCode = "#4",
            LineItems = [new LineItem { Sku = "A", Qty = 2, Price = 100m, TotalDiscount = 15.5m }],
        };

        var line = ErpOrderPricing.Price(order, DiscountMode.LineDiscount).Lines.Single();

        (line.UnitPrice, line.DiscountValue, line.Value).ShouldBe((100m, 15.5m, 184.5m));
    }

    [Fact]
    public void DiscountLine_OneNegativeChargeNamedByTheCodes()
    {
        var order = new Order
        {
            Channel = "t", ChannelOrderCode = "#5", DiscountCodes = ["TENOFF"],
            LineItems = [new LineItem { Sku = "A", Qty = 1, Price = 100m, TotalDiscount = 10m }, new LineItem { Sku = "B", Qty = 1, Price = 50m }],
        };

        var priced = ErpOrderPricing.Price(order, DiscountMode.DiscountLine);

        priced.Charges.Single().ShouldBe(new ChargeLine(ChargeKinds.Discount, "Discount TENOFF", -10m));
        priced.Value.ShouldBe(140m);
    }
}
