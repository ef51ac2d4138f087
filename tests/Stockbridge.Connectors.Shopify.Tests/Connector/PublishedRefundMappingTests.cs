using System.Text.Json;
using Stockbridge.Connectors.Shopify.Orders;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

/// <summary>
/// The connector's mapping of the refund in Shopify's own published sample order (Published/order-1001.json, refund 509562969:
/// two lines refunded, 209.00 returned), field by field.
/// </summary>
public sealed class PublishedRefundMappingTests
{
    private static JsonElement PublishedRefund() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Published", "order-1001.json"))).RootElement
            .GetProperty("order").GetProperty("refunds")[0];

    [Fact]
    public void The_published_refund_maps_to_its_lines_and_the_money_returned()
    {
        var refund = RefundMapper.Map(PublishedRefund(), taxesIncluded: false);

        refund.ChannelRefundId.ShouldBe("509562969");
        refund.Note.ShouldBe("it broke during shipping");
        refund.Lines.Select(l => (l.ChannelLineId, l.Sku, l.Qty, l.Subtotal, l.Tax)).ShouldBe(
        [
            ("703073504", "IPOD2008BLACK", 1m, 195.66m, 3.98m),
            ("466157049", "IPOD2008GREEN", 1m, 195.67m, 3.98m),
        ]);
        refund.Shipping.ShouldBe(0m);
        refund.Amount.ShouldBe(209.00m);
        refund.ChangesOrder.ShouldBeTrue();
    }

    [Fact]
    public void Refunded_shipping_comes_from_refund_shipping_lines_ex_tax_in_a_tax_inclusive_shop()
    {
        var body = JsonDocument.Parse("""
            {"id": 1, "order_id": 2, "refund_line_items": [], "transactions": [{"kind": "refund", "status": "success", "amount": "115.00"}],
             "refund_shipping_lines": [{"id": 3, "shipping_line_id": 4, "subtotal_amount_set": {"shop_money": {"amount": "115.00", "currency_code": "ZAR"}},
               "shipping_line": {"price": "115.00", "discounted_price": "115.00", "tax_lines": [{"price": "15.00", "rate": 0.15, "title": "VAT"}]}}],
             "order_adjustments": [{"kind": "shipping_refund", "amount": "-115.00", "tax_amount": "-15.00"}]}
            """).RootElement;

        RefundMapper.Map(body, taxesIncluded: true).Shipping.ShouldBe(100m);
        RefundMapper.Map(body, taxesIncluded: false).Shipping.ShouldBe(115m);
    }

    [Fact]
    public void An_older_body_with_only_the_shipping_refund_adjustment_still_carries_the_shipping()
    {
        var body = JsonDocument.Parse("""
            {"id": 1, "order_id": 2, "refund_line_items": [], "transactions": [],
             "order_adjustments": [{"kind": "shipping_refund", "amount": "-115.00", "tax_amount": "-15.00"}, {"kind": "refund_discrepancy", "amount": "5.00"}]}
            """).RootElement;

        RefundMapper.Map(body, taxesIncluded: true).Shipping.ShouldBe(100m);
    }
}
