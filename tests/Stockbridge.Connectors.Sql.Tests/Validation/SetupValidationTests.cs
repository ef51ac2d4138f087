using Stockbridge.Connectors.Sql.Tests.Support;

namespace Stockbridge.Connectors.Sql.Tests.Validation;

/// <summary>Setup validation (the connection test): a query that writes, a missing column, a wrong type are refused, naming the query and the column.</summary>
public sealed class SetupValidationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_template_queries_pass_every_check()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var result = await Acme.Connect(acme).TestConnectionAsync(Ct);
        Assert.True(result.Ok, string.Join("; ", result.Checks.Select(c => $"{c.Name}: {c.Detail}")));
        Assert.Equal(["products query", "customers query", "order look-up query", "order login"], result.Checks.Select(c => c.Name));
    }

    [Fact]
    public async Task A_products_query_that_writes_is_refused_and_nothing_changes()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var before = await PriceAsync(acme, acme.Samples.Sku);
        var result = await Acme.Connect(acme, ("products_query", "UPDATE acme_items SET list_price = 0")).TestConnectionAsync(Ct);

        var check = Assert.Single(result.Checks, c => c.Name == "products query");
        Assert.False(check.Ok);
        Assert.Contains("products query", check.Detail, StringComparison.Ordinal);
        Assert.Contains("UPDATE", check.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await PriceAsync(acme, acme.Samples.Sku));
    }

    [Fact]
    public async Task A_look_up_query_that_writes_is_refused()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var result = await Acme.Connect(acme, ("order_lookup_query", "DELETE FROM acme_order_import WHERE channel_order_code = @channel_order_code")).TestConnectionAsync(Ct);
        var check = Assert.Single(result.Checks, c => c.Name == "order look-up query");
        Assert.False(check.Ok);
        Assert.Contains("DELETE", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_column_is_named()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var query = Acme.ProductsQueryWith(acme, "0) AS qty,", "0) AS quantity_available,");
        var result = await Acme.Connect(acme, ("products_query", query)).TestConnectionAsync(Ct);

        var check = Assert.Single(result.Checks, c => c.Name == "products query");
        Assert.False(check.Ok);
        Assert.Contains("the products query", check.Detail, StringComparison.Ordinal);
        Assert.Contains("no column 'qty'", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_type_is_named_with_what_it_must_be()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var query = Acme.ProductsQueryWith(acme, "i.list_price AS price,", "CAST(i.list_price AS TEXT) AS price,");
        var result = await Acme.Connect(acme, ("products_query", query)).TestConnectionAsync(Ct);

        var check = Assert.Single(result.Checks, c => c.Name == "products query");
        Assert.False(check.Ok);
        Assert.Contains("column 'price' is text; it must be a number", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_active_value_is_named()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var query = Acme.ProductsQueryWith(acme, "i.web_status AS product_active,", "CASE WHEN i.item_code = 'ST00002-M' THEN 'Maybe' ELSE i.web_status END AS product_active,");
        var result = await Acme.Connect(acme, ("products_query", query)).TestConnectionAsync(Ct);

        var check = Assert.Single(result.Checks, c => c.Name == "products query");
        Assert.False(check.Ok);
        Assert.Contains("column 'product_active' is 'Maybe'", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_that_does_not_run_says_the_engines_reason()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var result = await Acme.Connect(acme, ("products_query", "SELECT * FROM no_such_table")).TestConnectionAsync(Ct);
        var check = Assert.Single(result.Checks, c => c.Name == "products query");
        Assert.False(check.Ok);
        Assert.Contains("no_such_table", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_postgresql_a_select_that_writes_through_a_function_is_refused_by_the_read_only_connection()
    {
        await using var acme = await Acme.StartPostgresAsync();
        await using (var connection = await acme.Erp.OpenAsync(Ct))
        {
            await using var command = connection.CreateCommand();
            // SECURITY DEFINER: the function may write, so only the read-only transaction stands in its way.
            command.CommandText = "CREATE FUNCTION acme_zero_prices() RETURNS int LANGUAGE sql SECURITY DEFINER AS $$ UPDATE acme_items SET list_price = 0; SELECT 1 $$";
            await command.ExecuteNonQueryAsync(Ct);
        }
        var before = await PriceAsync(acme, acme.Samples.Sku);
        var query = Acme.ProductsQueryWith(acme, "i.list_price AS price,", "i.list_price + 0 * acme_zero_prices() AS price,");
        var result = await Acme.Connect(acme, ("products_query", query)).TestConnectionAsync(Ct);

        var check = Assert.Single(result.Checks, c => c.Name == "products query");
        Assert.False(check.Ok);
        Assert.Contains("tries to write", check.Detail, StringComparison.Ordinal);
        Assert.Contains("25006", check.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await PriceAsync(acme, acme.Samples.Sku));
    }

    private static async Task<decimal?> PriceAsync(Stockbridge.Connectors.Sql.Simulator.SqlSimulator acme, string sku)
    {
        await foreach (var product in Acme.Connect(acme).ReadProductsAsync(Ct))
        {
            if (product.Variants.FirstOrDefault(v => v.Sku == sku) is { } variant) return variant.Price;
        }
        return null;
    }
}
