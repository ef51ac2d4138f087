using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Shopify.Products;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

public class ShopifyProductStatusTests
{
    [Theory]
    [InlineData(ChannelProductStatus.Active, "ACTIVE")]
    [InlineData(ChannelProductStatus.Hidden, "DRAFT")]
    [InlineData(ChannelProductStatus.Archived, "ARCHIVED")]
    [InlineData(ChannelProductStatus.Deleted, "ARCHIVED")]
    public void For_ActiveProduct_IsShopifysWord(ChannelProductStatus status, string expected) =>
        ShopifyProductStatus.For(status, productActive: true, inactiveStatus: "DRAFT").ShouldBe(expected);

    [Fact]
    public void For_ActivePushOfAnInactiveProduct_TakesTheConnectionsInactiveStatus() =>
        ShopifyProductStatus.For(ChannelProductStatus.Active, productActive: false, inactiveStatus: "ARCHIVED").ShouldBe("ARCHIVED");

    [Theory]
    [InlineData("ACTIVE", ChannelProductStatus.Active)]
    [InlineData("draft", ChannelProductStatus.Hidden)]
    [InlineData("ARCHIVED", ChannelProductStatus.Archived)]
    public void From_ShopifysWord_IsTheStatus(string word, ChannelProductStatus expected) =>
        ShopifyProductStatus.From(word).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("UNLISTED")]
    public void From_AbsentOrUnknownWord_IsNull(string? word) => ShopifyProductStatus.From(word).ShouldBeNull();
}
