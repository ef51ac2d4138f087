using System.Text.Json;
using Stockbridge.Connectors.WooCommerce.Orders;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.WooCommerce.Tests.Connector;

/// <summary>
/// An order with a coupon spread over lines with odd cents, a taxed fee and a negative fee (hand-built in WooCommerce's
/// shape): line totals + shipping_total + fees ex tax must equal total − total_tax to the cent.
/// </summary>
public sealed class CouponAndFeeOrderTests
{
    private const string Body = """
    {
      "id": 901, "number": "WC-901", "status": "processing", "currency": "ZAR",
      "date_created_gmt": "2026-12-06T10:15:00",
      "discount_total": "10.00", "shipping_total": "65.00", "total_tax": "34.50", "total": "254.50",
      "billing": { "first_name": "Thandi", "last_name": "Nkosi", "email": "", "phone": "" },
      "line_items": [
        { "id": 1, "name": "Mug", "sku": "MUG-1", "quantity": 3, "subtotal": "100.00", "total": "93.33",
          "taxes": [ { "id": 1, "total": "14.00" } ] },
        { "id": 2, "name": "Tea", "sku": "TEA-1", "quantity": 1, "subtotal": "50.00", "total": "46.67",
          "taxes": [ { "id": 1, "total": "7.00" } ] }
      ],
      "tax_lines": [ { "id": 9, "rate_id": 1, "label": "VAT", "rate_percent": 15 } ],
      "shipping_lines": [ { "method_id": "flat_rate", "method_title": "Courier", "total": "65.00", "total_tax": "9.75" } ],
      "fee_lines": [
        { "name": "Gift wrap", "total": "25.00", "total_tax": "3.75" },
        { "name": "Loyalty credit", "total": "-10.00", "total_tax": "0.00" }
      ],
      "coupon_lines": [ { "code": "save10", "discount": "10.00" } ]
    }
    """;

    [Fact]
    public void Coupon_discount_lands_on_the_lines_and_fees_ride_as_shipping_lines()
    {
        using var document = JsonDocument.Parse(Body);
        var order = WooOrderMapper.Map(document.RootElement);

        order.ChannelOrderCode.ShouldBe("WC-901");
        order.ChannelOrderId.ShouldBe("901");
        order.DiscountCodes.ShouldBe(["save10"]);
        order.Customer!.SourceCustomerCode.ShouldBe("woocommerce:0");
        order.Customer.Email.ShouldBeNull();

        order.LineItems[0].Price.ShouldBe(33.3333m);
        order.LineItems[0].TotalDiscount.ShouldBe(6.67m);
        order.LineItems[0].Discounts.ShouldBe([new DiscountAllocation(DiscountKinds.Code, "save10", 6.67m)]);
        order.LineItems[0].NetTotal.ShouldBe(93.33m);
        order.LineItems[0].TaxLines.ShouldBe([new TaxLine("VAT", 0.15m, 14.00m)]);
        order.LineItems[1].TotalDiscount.ShouldBe(3.33m);
        order.LineItems[1].NetTotal.ShouldBe(46.67m);

        order.ShippingLines.ShouldBe([
            new ShippingLine("flat_rate", "Courier", 65.00m),
            new ShippingLine("fee", "Gift wrap", 25.00m),
            new ShippingLine("fee", "Loyalty credit", -10.00m),
        ]);
        OrderValue.ExTax(order).ShouldBe(93.33m + 46.67m + 65.00m + 25.00m - 10.00m);
        OrderValue.ExTax(order).ShouldBe(254.50m - 34.50m);
        order.Totals.ShouldBe(new OrderTotals(140.00m, 34.50m, 80.00m, 10.00m, 254.50m));
    }
}
