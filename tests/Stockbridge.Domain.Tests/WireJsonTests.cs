using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Serialization;

namespace Stockbridge.Domain.Tests;

public class WireJsonTests
{
    [Fact]
    public void Serialize_uses_the_merchant_field_names_in_snake_case()
    {
        var product = new Product
        {
            SourceProductCode = "P1",
            Title = "Widget",
            Variants = [new Variant { SourceVariantCode = "P1", Sku = "P1", PriceTiers = System.Collections.Immutable.ImmutableSortedDictionary<string, decimal>.Empty.Add("A", 10m) }],
        };
        var json = WireJson.Serialize(product);
        json.ShouldContain("\"source_product_code\":\"P1\"");
        json.ShouldContain("\"source_variant_code\":\"P1\"");
        json.ShouldContain("\"price_tiers\":{\"A\":10}");
        json.ShouldContain("\"qty_availability\":{}");
        json.ShouldContain("\"inventory_management\":true");
    }

    [Fact]
    public void Order_round_trips_with_channel_order_code_and_state()
    {
        var order = new Order { Channel = "shopify", ChannelOrderCode = "#1001", State = OrderState.Raised, OrderType = OrderType.Invoice, LineItems = [new LineItem { Sku = "A", Qty = 2, Price = 9.5m }] };
        var json = WireJson.Serialize(order);
        json.ShouldContain("\"channel_order_code\":\"#1001\"");
        json.ShouldContain("\"state\":\"raised\"");
        json.ShouldContain("\"order_type\":\"invoice\"");
        var back = WireJson.Deserialize<Order>(json);
        back.ChannelOrderCode.ShouldBe("#1001");
        back.LineItems.Single().Price.ShouldBe(9.5m);
    }

    [Fact]
    public void Deserialize_missing_required_field_names_it()
    {
        var error = Should.Throw<System.Text.Json.JsonException>(() => WireJson.Deserialize<Product>("""{"title":"x"}"""));
        error.Message.ShouldContain("source_product_code");
    }
}
