using System.Text.Json;
using Stockbridge.Connectors.Shopify.Orders;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

/// <summary>The connector's mapping of Shopify's own published sample order (Published/order-1001.json), field by field.</summary>
public sealed class PublishedOrderMappingTests
{
    private static JsonElement Sample() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Published", "order-1001.json"))).RootElement.GetProperty("order");

    private static decimal Dec(JsonElement e, string name) => decimal.Parse(e.GetProperty(name).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Map_TenOffCodeAcrossThreeLines_EachLineCarriesItsAllocation()
    {
        var order = RestOrderMapper.Map(Sample());

        order.ChannelOrderCode.ShouldBe("#1001");
        order.DiscountCodes.ShouldBe(["TENOFF"]);
        order.LineItems.Select(l => (l.Sku, l.Price, l.TotalDiscount, l.NetTotal)).ShouldBe(
        [
            ("IPOD2008GREEN", 199m, 3.34m, 195.66m),
            ("IPOD2008RED", 199m, 3.33m, 195.67m),
            ("IPOD2008BLACK", 199m, 3.33m, 195.67m),
        ]);
        order.LineItems.SelectMany(l => l.Discounts).ShouldAllBe(d => d.Kind == DiscountKinds.Code && d.Name == "TENOFF");
        order.ShippingLines.ShouldHaveSingleItem().Net.ShouldBe(0m);
    }

    [Fact]
    public void Map_ValueExTax_AgreesWithShopifysOwnTotals()
    {
        var sample = Sample();
        var order = RestOrderMapper.Map(sample);
        var refunded = sample.GetProperty("refunds").EnumerateArray()
            .SelectMany(r => r.GetProperty("refund_line_items").EnumerateArray()).Sum(r => r.GetProperty("subtotal").GetDecimal());

        var value = OrderValue.ExTax(order);

        value.ShouldBe(587m);
        value.ShouldBe(Dec(sample, "total_line_items_price") - Dec(sample, "total_discounts"));
        // What is left after Shopify's two refunds, plus what they refunded, is what was charged at the start.
        value.ShouldBe(Dec(sample, "current_subtotal_price") + refunded);
    }

    [Fact]
    public void Map_TaxInclusiveShop_NetIsTheDiscountedAmountLessItsTax()
    {
        using var doc = JsonDocument.Parse("""
            {"name":"#T1","taxes_included":true,"currency":"ZAR","line_items":[
              {"sku":"A","quantity":3,"price":"99.99","total_discount":"0.00","tax_lines":[{"title":"VAT","rate":0.15,"price":"37.82"}],
               "discount_allocations":[{"amount":"10.00","discount_application_index":0}]}],
             "discount_applications":[{"type":"automatic","title":"Spring sale","value":"10.0","value_type":"fixed_amount","allocation_method":"across","target_type":"line_item"}],
             "shipping_lines":[{"title":"Courier","code":"COURIER","price":"115.00","discounted_price":"57.50","tax_lines":[{"title":"VAT","rate":0.15,"price":"7.50"}],
               "discount_allocations":[{"amount":"57.50","discount_application_index":1}]}]}
            """);

        var order = RestOrderMapper.Map(doc.RootElement);

        var line = order.LineItems.Single();
        line.NetTotal.ShouldBe(252.15m); // 299.97 − 10.00 − 37.82 VAT
        line.Discounts.ShouldHaveSingleItem().ShouldBe(new DiscountAllocation(DiscountKinds.Automatic, "Spring sale", 8.69m)); // 10.00 incl. VAT, ex tax
        order.ShippingLines.Single().Net.ShouldBe(50m); // 115.00 − 57.50 − 7.50 VAT
        OrderValue.ExTax(order).ShouldBe(302.15m);
    }

    [Fact]
    public void Map_OrderEmailDiffersFromTheCustomerRecords_TheOrdersOwnIsKept()
    {
        using var doc = JsonDocument.Parse("""
            {"name":"#E1","email":"buyer.for.this.order@example.com","line_items":[],
             "customer":{"id":7,"email":"old.address@example.com","first_name":"Bob"}}
            """);

        var order = RestOrderMapper.Map(doc.RootElement);

        order.Customer!.Email.ShouldBe("buyer.for.this.order@example.com");
        order.Customer.SourceCustomerCode.ShouldBe("buyer.for.this.order@example.com");
    }
}
