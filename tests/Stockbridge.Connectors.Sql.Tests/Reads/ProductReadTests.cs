using Stockbridge.Connectors.Sql.Simulator.Acme;
using Stockbridge.Connectors.Sql.Tests.Support;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Hashing;

namespace Stockbridge.Connectors.Sql.Tests.Reads;

/// <summary>How the products query's rows become products: paging, variants, tiers, warehouses, Ignore/Delete, a bad row.</summary>
public sealed class ProductReadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_of_two_rows_read_the_same_products_as_one_page()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var whole = await ReadAsync(Acme.Connect(acme));
        var paged = await ReadAsync(Acme.Connect(acme, ("page_size", "2")));

        Assert.Equal(acme.Erp.Styles - 1, whole.Count); // the Ignore style is never sent
        Assert.Equal(whole.Select(p => ContentHash.Of(p)), paged.Select(p => ContentHash.Of(p)));
        Assert.All(whole.Where(p => p.Active), p => Assert.Equal(3, p.Variants.Length)); // a page boundary never splits a product
    }

    [Fact]
    public async Task A_variant_carries_its_options_price_tiers_and_stock_per_warehouse()
    {
        await using var acme = await Acme.StartSqliteAsync();
        await acme.SetStockAsync(AcmeSeeder.Item(1, "M"), 17, Ct);
        var product = Assert.Single(await ReadAsync(Acme.Connect(acme)), p => p.SourceProductCode == AcmeSeeder.Style(1));
        var variant = Assert.Single(product.Variants, v => v.Sku == AcmeSeeder.Item(1, "M"));

        Assert.Equal(["Colour", "Size"], product.Options);
        Assert.Equal("M", variant.Option2);
        Assert.Equal(["trade"], variant.PriceTiers.Keys);
        Assert.Equal(variant.Price - 20m, variant.PriceTiers["trade"]);
        Assert.Equal(["cpt", "jhb"], variant.QtyAvailability.Keys);
        Assert.Equal(variant.Qty, variant.QtyAvailability.Values.Sum());
        Assert.Equal(17m - await AllocatedAsync(acme, variant.Sku), variant.QtyAvailability["jhb"]);
    }

    [Fact]
    public async Task Ignore_rows_are_never_sent_and_Delete_rows_are_inactive()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var products = await ReadAsync(Acme.Connect(acme));
        Assert.DoesNotContain(products, p => p.SourceProductCode == AcmeSeeder.Style(acme.Erp.Styles));
        var deleted = Assert.Single(products, p => p.SourceProductCode == AcmeSeeder.Style(acme.Erp.Styles - 1));
        Assert.False(deleted.Active);
        Assert.All(deleted.Variants, v => Assert.False(v.Active));
    }

    [Fact]
    public async Task A_product_with_an_unusable_row_is_left_out_and_the_others_are_read()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var query = Acme.ProductsQueryWith(acme, "i.list_price AS price,", "CASE WHEN i.item_code = 'ST00002-M' THEN NULL ELSE i.list_price END AS price,");
        var products = await ReadAsync(Acme.Connect(acme, ("products_query", query)));
        Assert.DoesNotContain(products, p => p.SourceProductCode == AcmeSeeder.Style(2));
        Assert.Equal(acme.Erp.Styles - 2, products.Count);
    }

    [Fact]
    public async Task Negative_stock_is_read_as_zero()
    {
        await using var acme = await Acme.StartSqliteAsync();
        await acme.SetStockAsync(AcmeSeeder.Item(3, "S"), -5, Ct);
        var product = Assert.Single(await ReadAsync(Acme.Connect(acme)), p => p.SourceProductCode == AcmeSeeder.Style(3));
        Assert.Equal(0m, Assert.Single(product.Variants, v => v.Sku == AcmeSeeder.Item(3, "S")).QtyAvailability["jhb"]);
    }

    private static async Task<decimal> AllocatedAsync(Stockbridge.Connectors.Sql.Simulator.SqlSimulator acme, string item)
    {
        await using var connection = await acme.Erp.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT on_sales_order FROM acme_stock WHERE item_code = '{item}' AND warehouse = 'JHB'";
        return Convert.ToDecimal(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<Product>> ReadAsync(SqlConnector connector)
    {
        var products = new List<Product>();
        await foreach (var product in connector.ReadProductsAsync(Ct)) products.Add(product);
        return products;
    }
}
