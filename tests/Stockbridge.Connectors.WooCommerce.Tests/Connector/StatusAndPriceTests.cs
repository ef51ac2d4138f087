using System.Collections.Immutable;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.WooCommerce.Products;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.WooCommerce.Tests.Connector;

public sealed class StatusAndPriceTests
{
    [Theory]
    [InlineData(ChannelProductStatus.Active, "publish")]
    [InlineData(ChannelProductStatus.Hidden, "draft")]
    [InlineData(ChannelProductStatus.Archived, "private")]
    [InlineData(ChannelProductStatus.Deleted, "private")]
    public void Channel_status_in_woocommerces_words(ChannelProductStatus status, string expected) =>
        WooProductStatus.For(status).ShouldBe(expected);

    [Theory]
    [InlineData(120, "120.00", "99.90")]
    [InlineData(99.90, "99.90", "")]
    [InlineData(50, "99.90", "")]
    public void A_higher_regular_tier_makes_the_price_a_sale_price(decimal rrp, string regular, string sale)
    {
        var v = new Variant { SourceVariantCode = "V", Sku = "V", Price = 99.90m, PriceTiers = ImmutableSortedDictionary<string, decimal>.Empty.Add("RRP", rrp) };
        WooPrices.For(v, null, "RRP").ShouldBe((regular, sale));
    }

    [Fact]
    public void Without_a_regular_tier_there_is_no_sale_price()
    {
        var v = new Variant { SourceVariantCode = "V", Sku = "V", PriceTiers = ImmutableSortedDictionary<string, decimal>.Empty.Add("A", 12.5m).Add("B", 10m) };
        WooPrices.For(v, "B", null).ShouldBe(("10.00", ""));
    }
}
