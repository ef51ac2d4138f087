using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Hashing;
using Stockbridge.Mapping.Channels;
using Stockbridge.Mapping.Projection;

namespace Stockbridge.Mapping.Tests.Projection;

public class ProductProjectionTests
{
    private static readonly ChannelRules Rules = new() { PriceTier = "A", CompareAtTier = "B", Warehouses = ["JHB"], QtyBuffer = 1 };

    [Fact]
    public void Project_ChosenTiers_PriceAndCompareAtFromTiers()
    {
        var variant = ProductProjection.Project(Catalog.Product(), Rules, UnraisedDemand.None).Product.Variants.Single();
        variant.Price.ShouldBe(100);
        ProjectionMeta.CompareAtPriceOf(variant).ShouldBe(120);
        variant.PriceTiers.ShouldBeEmpty();
        variant.QtyAvailability.ShouldBeEmpty();
    }

    [Fact]
    public void Project_CompareAtNotAbovePrice_IsNotSent()
    {
        var product = Catalog.Product("P1", Catalog.Variant("S1", a: 100, b: 90));
        ProjectionMeta.CompareAtPriceOf(ProductProjection.Project(product, Rules, UnraisedDemand.None).Product.Variants[0]).ShouldBeNull();
    }

    [Fact]
    public void Project_NoTierRule_UsesRetailPrice()
    {
        ProductProjection.Project(Catalog.Product(), new ChannelRules(), UnraisedDemand.None).Product.Variants[0].Price.ShouldBe(99);
    }

    [Fact]
    public void Project_ChosenWarehousesLessUnraisedAndBuffer_IsTheQuantity()
    {
        var demand = new UnraisedDemand(new Dictionary<string, decimal> { ["S1"] = 3 });
        var product = Catalog.Product("P1", Catalog.Variant("S1", jhb: 10, cpt: 5));
        ProductProjection.Project(product, Rules, demand).Product.Variants[0].Qty.ShouldBe(6);
        ProductProjection.Project(product, new ChannelRules(), demand).Product.Variants[0].Qty.ShouldBe(12);
    }

    [Theory]
    [InlineData(InactiveProductAction.Hide, ChannelProductStatus.Hidden)]
    [InlineData(InactiveProductAction.Archive, ChannelProductStatus.Archived)]
    [InlineData(InactiveProductAction.Delete, ChannelProductStatus.Deleted)]
    public void Project_InactiveProduct_GetsTheRuleStatus(InactiveProductAction action, ChannelProductStatus status)
    {
        var product = Catalog.Product() with { Active = false };
        ProductProjection.Project(product, new ChannelRules { InactiveAction = action }, UnraisedDemand.None).Status.ShouldBe(status);
    }

    [Fact]
    public void Project_FilteredOutProduct_IsNotActive()
    {
        var rules = new ChannelRules { Products = new ProductFilter { ExcludeCodePrefixes = ["p"] } };
        ProductProjection.Project(Catalog.Product("P1"), rules, UnraisedDemand.None).IsActive.ShouldBeFalse();
        var tagged = new ChannelRules { Products = new ProductFilter { IncludeTags = ["WEB"] } };
        ProductProjection.Project(Catalog.Product("P1"), tagged, UnraisedDemand.None).IsActive.ShouldBeTrue();
    }

    [Fact]
    public void Project_StockOnlyChange_ChangesOnlyTheStockHalf()
    {
        var before = ProductProjection.Project(Catalog.Product("P1", Catalog.Variant("S1", jhb: 10)), Rules, UnraisedDemand.None);
        var after = ProductProjection.Project(Catalog.Product("P1", Catalog.Variant("S1", jhb: 7)), Rules, UnraisedDemand.None);
        after.ShapeHash.ShouldBe(before.ShapeHash);
        after.StockHash.ShouldNotBe(before.StockHash);
        ProjectedProduct.ShapeOf(before.Hash).ShouldBe(before.ShapeHash);
    }

    [Fact]
    public void Project_ChangeInAnUnusedTierOrWarehouse_KeepsTheHash()
    {
        var before = ProductProjection.Project(Catalog.Product("P1", Catalog.Variant("S1", cpt: 5)), Rules with { CompareAtTier = null }, UnraisedDemand.None);
        var after = ProductProjection.Project(Catalog.Product("P1", Catalog.Variant("S1", cpt: 50, b: 500)), Rules with { CompareAtTier = null }, UnraisedDemand.None);
        after.Hash.ShouldBe(before.Hash);
    }

    [Fact]
    public void Project_PriceChange_ChangesTheShapeHash()
    {
        var before = ProductProjection.Project(Catalog.Product("P1", Catalog.Variant("S1", a: 100)), Rules, UnraisedDemand.None);
        var after = ProductProjection.Project(Catalog.Product("P1", Catalog.Variant("S1", a: 101)), Rules, UnraisedDemand.None);
        after.ShapeHash.ShouldNotBe(before.ShapeHash);
    }

    [Theory]
    [InlineData(InactiveProductAction.Hide, "draft")]
    [InlineData(InactiveProductAction.Archive, "archived")]
    [InlineData(InactiveProductAction.Delete, "deleted")]
    public void Project_ShapeHash_HashesTheStatusAsTheWordStoredBeforeTheEnum(InactiveProductAction action, string word)
    {
        // Links keep the pushed hash: hashing another word (or the enum's number) would re-push every product.
        var projected = ProductProjection.Project(Catalog.Product() with { Active = false }, new ChannelRules { InactiveAction = action }, UnraisedDemand.None);
        var shape = projected.Product with { Variants = [.. projected.Product.Variants.Select(v => v with { Qty = null })] };
        projected.ShapeHash.ShouldBe(ContentHash.Of(new ShapeAsHashedBeforeTheEnum(shape, word)));
    }

    [Fact]
    public void Project_ActiveProduct_HashesStatusActive()
    {
        var projected = ProductProjection.Project(Catalog.Product(), Rules, UnraisedDemand.None);
        var shape = projected.Product with { Variants = [.. projected.Product.Variants.Select(v => v with { Qty = null })] };
        projected.ShapeHash.ShouldBe(ContentHash.Of(new ShapeAsHashedBeforeTheEnum(shape, "active")));
    }

    private sealed record ShapeAsHashedBeforeTheEnum(Stockbridge.Domain.Catalog.Product Product, string Status);
}
