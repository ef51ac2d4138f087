using Stockbridge.Connectors.Sql.Database;

namespace Stockbridge.Connectors.Sql.Tests.Unit;

/// <summary>The keyset page wrapper: LIMIT on SQLite/PostgreSQL/MySQL, TOP on SQL Server (not run against a SQL Server here).</summary>
public sealed class PageSqlTests
{
    private static readonly string[] Keys = ["source_product_code", "source_variant_code"];

    [Fact]
    public void A_later_page_seeks_on_the_first_key_and_orders_by_all_keys()
    {
        var sql = PageSql.Page(SqlEngine.PostgreSql, "SELECT * FROM items;  ", Keys, afterKeys: true, null, Keys[0], 500);
        Assert.Equal(
            "SELECT * FROM (\nSELECT * FROM items\n) q WHERE 1 = 1 AND q.source_product_code >= @k0 AND ((q.source_product_code > @k0) OR " +
            "(q.source_product_code = @k0 AND q.source_variant_code > @k1)) ORDER BY q.source_product_code, q.source_variant_code LIMIT 500", sql);
    }

    [Fact]
    public void Sql_server_takes_top_and_an_incremental_page_keeps_products_whole()
    {
        var sql = PageSql.Page(SqlEngine.SqlServer, "SELECT * FROM items -- trailing comment", Keys, afterKeys: false, "changed_at", Keys[0], 1000);
        Assert.StartsWith("SELECT TOP (1000) * FROM (\nSELECT * FROM items -- trailing comment\n) q", sql, StringComparison.Ordinal);
        Assert.Contains("AND q.source_product_code IN (SELECT c.source_product_code FROM (\nSELECT * FROM items -- trailing comment\n) c WHERE c.changed_at >= @changed_since)", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("LIMIT", sql, StringComparison.Ordinal);
    }
}
