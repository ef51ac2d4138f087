using System.Collections.Immutable;
using Stockbridge.Connectors.ISync.Products;

namespace Stockbridge.Connectors.ISync.Tests.Units;

public sealed class ProductGroupMapperTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static ISyncProductRow Row(string sku, string webSale, decimal? price = 100m, string title = "Tent", params (string, string)[] options) =>
        new("TENT", sku, title, 120m, price, 4m, webSale, [.. options.Select(o => new KeyValuePair<string, string>(o.Item1, o.Item2))], "2026-12-01T08:00:00.0000000Z", At);

    [Fact]
    public void Only_Ignore_rows_are_not_sent_at_all()
    {
        var outcome = ProductGroupMapper.Map("TENT", [Row("TENT-1", "Ignore"), Row("TENT-2", " ignore ")], "Master");

        outcome.Product.ShouldBeNull();
        outcome.Problem.ShouldBeNull();
    }

    [Fact]
    public void A_WebSale_outside_the_three_fails_the_group_naming_SKU_and_value()
    {
        var outcome = ProductGroupMapper.Map("TENT", [Row("TENT-1", "Active"), Row("TENT-2", "Actve")], "Master");

        outcome.Product.ShouldBeNull();
        outcome.Problem.ShouldNotBeNull();
        outcome.Problem.ShouldContain("TENT-2");
        outcome.Problem.ShouldContain("'Actve'");
    }

    [Fact]
    public void A_missing_SellingPrice_fails_the_group()
    {
        var outcome = ProductGroupMapper.Map("TENT", [Row("TENT-1", "Active", price: null)], "Master");

        outcome.Problem.ShouldNotBeNull();
        outcome.Problem.ShouldContain("SellingPrice");
    }

    [Fact]
    public void Two_options_map_to_option1_and_option2_in_the_order_first_seen()
    {
        var outcome = ProductGroupMapper.Map("TENT",
        [
            Row("TENT-2P-GRN", "Active", options: [("Size", "2P"), ("Colour", "Green")]),
            Row("TENT-3P-GRN", "Delete", options: [("Size", "3P"), ("Colour", "Green")]),
        ], "Main");

        var product = outcome.Product.ShouldNotBeNull();
        product.Options.ShouldBe(["Size", "Colour"]);
        product.Active.ShouldBeTrue();
        var three = product.Variants.Single(v => v.Sku == "TENT-3P-GRN");
        (three.Option1, three.Option2, three.Active).ShouldBe(("3P", "Green", false));
        three.QtyAvailability.Keys.ShouldBe(["Main"]);
    }

    [Fact]
    public void The_title_is_the_description_of_the_SKU_equal_to_the_JobProductID()
    {
        var outcome = ProductGroupMapper.Map("TENT", [Row("TENT", "Active", title: "Dome tent"), Row("A-TENT", "Active", title: "Other")], "Master");

        outcome.Product.ShouldNotBeNull().Title.ShouldBe("Dome tent");
    }
}
