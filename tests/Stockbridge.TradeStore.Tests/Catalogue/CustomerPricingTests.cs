using System.Collections.Immutable;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;
using Stockbridge.TradeStore.Catalogue;
using Stockbridge.TradeStore.Connector;

namespace Stockbridge.TradeStore.Tests.Catalogue;

public sealed class CustomerPricingTests
{
    private static readonly Variant Variant = new()
    {
        SourceVariantCode = "V1", Sku = "V1", Price = 100m,
        PriceTiers = ImmutableSortedDictionary.CreateRange(new Dictionary<string, decimal> { ["A"] = 100m, ["B"] = 80m }),
        QtyAvailability = ImmutableSortedDictionary.CreateRange(new Dictionary<string, decimal> { ["JHB"] = 5m, ["CPT"] = 7m, ["DBN"] = -2m }),
        Meta = [new MetaField("qty_multiples_of", "6")],
    };

    private static readonly Product Product = new() { SourceProductCode = "P1", Title = "Tent", Variants = [Variant] };

    [Fact]
    public void A_customer_sees_its_own_tier_and_only_the_stores_warehouses()
    {
        var settings = new TradeStoreSettings { Warehouses = ["JHB", "DBN"] };
        var item = CustomerPricing.Item(Product, Variant, new Customer { SourceCustomerCode = "C1", PriceTier = "B" }, settings);
        item.Price.ShouldBe(80m);
        item.Tier.ShouldBe("B");
        item.Stock.OrderBy(w => w.Key).ShouldBe([new("DBN", 0m), new("JHB", 5m)]);
        item.Pack.ShouldBe(new PackRule(6, 1));
    }

    [Fact]
    public void No_tier_means_the_stores_default_and_an_unpriced_tier_cannot_be_ordered()
    {
        var settings = new TradeStoreSettings { DefaultTier = "A" };
        CustomerPricing.Item(Product, Variant, new Customer { SourceCustomerCode = "C1" }, settings).Price.ShouldBe(100m);
        CustomerPricing.Item(Product, Variant, new Customer { SourceCustomerCode = "C1", PriceTier = "Z" }, settings).Price.ShouldBeNull();
    }

    [Fact]
    public void A_contract_price_from_the_erp_wins()
    {
        var contract = Variant with { Meta = [new MetaField("contract_price_C9", "71.50")] };
        var item = CustomerPricing.Item(Product, contract, new Customer { SourceCustomerCode = "C9", PriceTier = "B" }, new TradeStoreSettings());
        (item.Price, item.Tier).ShouldBe((71.50m, "contract"));
    }
}
