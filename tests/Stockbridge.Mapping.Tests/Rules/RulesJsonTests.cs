using Stockbridge.Mapping.Channels;
using Stockbridge.Mapping.Orders;
using Stockbridge.Mapping.Rules;

namespace Stockbridge.Mapping.Tests.Rules;

public class RulesJsonTests
{
    [Fact]
    public void Read_EmptyDocument_GivesDefaults()
    {
        var rules = RulesJson.Read<ChannelRules>("{}");
        rules.QtyBuffer.ShouldBe(0);
        rules.InactiveAction.ShouldBe(InactiveProductAction.Hide);
        rules.Warehouses.ShouldBeEmpty();
        RulesJson.Read<OrderRules>(null).AccountTagPrefix.ShouldBe("account:");
    }

    [Fact]
    public void Read_FullChannelDocument_ReadsEveryField()
    {
        var rules = RulesJson.Read<ChannelRules>("""
            {"price_tier":"A","compare_at_tier":"B","warehouses":["JHB"],"qty_buffer":2,"inactive_action":"archive",
             "products":{"exclude_code_prefixes":["X-"],"include_tags":["web"]},"reconcile_interval_seconds":30}
            """);
        rules.PriceTier.ShouldBe("A");
        rules.CompareAtTier.ShouldBe("B");
        rules.Warehouses.ShouldBe(["JHB"]);
        rules.QtyBuffer.ShouldBe(2);
        rules.InactiveAction.ShouldBe(InactiveProductAction.Archive);
        rules.Products.ExcludeCodePrefixes.ShouldBe(["X-"]);
        rules.ReconcileIntervalSeconds.ShouldBe(30);
    }

    [Theory]
    [InlineData("""{"qty_bufer":2}""", "qty_bufer")]
    [InlineData("""{"qty_buffer":"lots"}""", "$.qty_buffer")]
    [InlineData("""{"qty_buffer":-1}""", "$.qty_buffer")]
    [InlineData("""{"inactive_action":"burn"}""", "$.inactive_action")]
    [InlineData("""{"warehouses":["JHB",""]}""", "$.warehouses")]
    [InlineData("""{"products":{"include_tags":[""]}}""", "$.products.include_tags")]
    public void Read_BadChannelDocument_ThrowsNamingTheField(string json, string field)
    {
        var error = Should.Throw<RulesException>(() => RulesJson.Read<ChannelRules>(json));
        error.Message.ShouldContain(field);
    }

    [Fact]
    public void Read_BadOrderRules_ThrowsNamingTheField()
    {
        Should.Throw<RulesException>(() => RulesJson.Read<OrderRules>("""{"order_type":"quote"}""")).Message.ShouldContain("order_type");
        Should.Throw<RulesException>(() => RulesJson.Read<OrderRules>("""{"poll_interval_seconds":0}""")).Field.ShouldBe("$.poll_interval_seconds");
        Should.Throw<RulesException>(() => RulesJson.Read<OrderRules>("""{"default_customer_code":" "}""")).Field.ShouldBe("$.default_customer_code");
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        var rules = new OrderRules { DefaultCustomerCode = "WEB0001", OrderType = Domain.Orders.OrderType.Invoice, ShippingServiceCode = "FREIGHT" };
        var json = RulesJson.Write(rules);
        json.ShouldContain("\"order_type\":\"invoice\"");
        RulesJson.Read<OrderRules>(json).ShouldBe(rules);
    }
}
