using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Orders;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Magento2.Tests.Connector;

/// <summary>Order JSON in Magento's shape mapped to the hub's order: configurable children, bundles, shipping discounts, every cent.</summary>
public sealed class OrderMapperTests
{
    private const string OrderJson = """
    {
      "entity_id": 41, "increment_id": "000000041", "status": "processing", "created_at": "2026-12-07 09:15:02",
      "order_currency_code": "ZAR", "customer_email": "lee@example.com", "customer_firstname": "Lee", "customer_lastname": "Ndlovu",
      "coupon_code": "WINTER", "subtotal": 700, "discount_amount": -70, "shipping_amount": 60, "shipping_discount_amount": 10,
      "shipping_description": "Flat Rate - Fixed", "tax_amount": 102, "grand_total": 782,
      "items": [
        { "item_id": 1, "sku": "BOOT-9", "name": "Trail boot", "product_type": "configurable", "qty_ordered": 2, "price": 200, "row_total": 400, "discount_amount": 40, "tax_percent": 15, "tax_amount": 54 },
        { "item_id": 2, "parent_item_id": 1, "sku": "BOOT-9", "name": "Trail boot 9", "product_type": "simple", "qty_ordered": 2, "price": 0, "row_total": 0, "discount_amount": 0, "tax_amount": 0 },
        { "item_id": 3, "sku": "KIT-1", "name": "Camp kit", "product_type": "bundle", "qty_ordered": 1, "price": 300, "row_total": 300, "discount_amount": 30, "tax_percent": 15, "tax_amount": 40.5 },
        { "item_id": 4, "parent_item_id": 3, "sku": "MUG-1", "name": "Mug", "product_type": "simple", "qty_ordered": 1, "price": 100, "row_total": 100, "discount_amount": 10, "tax_amount": 13.5 }
      ],
      "billing_address": { "firstname": "Lee", "lastname": "Ndlovu", "street": ["12 Main Rd", "Unit 4"], "city": "Durban", "region": "KwaZulu-Natal", "postcode": "4001", "country_id": "ZA", "telephone": "0310000000" },
      "extension_attributes": { "shipping_assignments": [ { "shipping": { "method": "flatrate_flatrate", "address": { "firstname": "Lee", "lastname": "Ndlovu", "street": ["9 Beach Rd"], "city": "Umhlanga", "postcode": "4319", "country_id": "ZA" } } } ] }
    }
    """;

    [Fact]
    public void Configurable_children_carry_the_parents_money_a_bundle_is_one_line_and_every_cent_adds_up()
    {
        var order = MagentoOrderMapper.Map(JsonNode.Parse(OrderJson)!.AsObject());

        order.ChannelOrderCode.ShouldBe("000000041");
        order.ChannelOrderId.ShouldBe("41");
        order.LineItems.Select(l => (l.Sku, l.Qty, l.Price, l.TotalDiscount, l.NetTotal)).ShouldBe([("BOOT-9", 2m, 200m, 40m, (decimal?)360m), ("KIT-1", 1m, 300m, 30m, (decimal?)270m)]);
        order.LineItems[0].ChannelLineId.ShouldBe("2");
        order.LineItems[0].TaxLines.ShouldHaveSingleItem().Price.ShouldBe(54m);
        order.ShippingLines.ShouldHaveSingleItem().ShouldBe(new ShippingLine("flatrate_flatrate", "Flat Rate - Fixed", 60m, 10m));
        OrderValue.ExTax(order).ShouldBe(680m); // 700 − 70 + 60 − 10
        order.DiscountCodes.ShouldBe(["WINTER"]);
        order.Customer!.Email.ShouldBe("lee@example.com");
        order.ShippingAddress!.City.ShouldBe("Umhlanga");
        order.BillingAddress!.Address2.ShouldBe("Unit 4");
        order.PlacedAt.ShouldBe(new DateTimeOffset(2026, 12, 7, 9, 15, 2, TimeSpan.Zero));
    }
}
