using Stockbridge.Connectors.Sql.Tests.Support;

namespace Stockbridge.Connectors.Sql.Tests.Docs;

/// <summary>
/// A connection's getting-started page is generated from its queries' columns. The Acme ERP sample's page is committed as
/// docs/connectors/sql-acme.md and kept equal to what its template queries render (STOCKBRIDGE_UPDATE_DOCS=1 rewrites it).
/// </summary>
public sealed class ConnectionPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_acme_page_maps_every_column_the_queries_return_and_is_the_committed_one()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var page = await Acme.Connect(acme).RenderGettingStartedPageAsync("Acme ERP", Ct);

        Assert.Contains("| price_trade ", page, StringComparison.Ordinal);
        Assert.Contains("variants.price_tiers.trade", page, StringComparison.Ordinal);
        Assert.Contains("variants.qty_availability.jhb", page, StringComparison.Ordinal);
        Assert.Contains("| changed_at ", page, StringComparison.Ordinal);
        Assert.Contains("Database Username (read-only)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("(not used)", page, StringComparison.Ordinal);

        var path = Path.Combine(RepositoryRoot(), "docs", "connectors", "sql-acme.md");
        if (Environment.GetEnvironmentVariable("STOCKBRIDGE_UPDATE_DOCS") == "1") await File.WriteAllTextAsync(path, page, Ct);
        Assert.True(File.Exists(path), "docs/connectors/sql-acme.md is missing: regenerate it with STOCKBRIDGE_UPDATE_DOCS=1");
        Assert.Equal(page, await File.ReadAllTextAsync(path, Ct));
    }

    [Fact]
    public async Task A_column_the_mapping_does_not_read_is_marked_and_a_connection_without_orders_says_so()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var query = Acme.ProductsQueryWith(acme, "i.barcode AS barcode,", "i.barcode AS barcode, i.colour AS colour_code,");
        var page = await Acme.Connect(acme, ("products_query", query), ("order_line_statement", "")).RenderGettingStartedPageAsync("Acme ERP", Ct);

        Assert.Contains("| colour_code ", page, StringComparison.Ordinal);
        Assert.Contains("(not used)", page, StringComparison.Ordinal);
        Assert.Contains("Raising orders into Acme ERP: this connection has no order look-up query and line statement.", page, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Stockbridge.slnx"))) return directory.FullName;
        throw new InvalidOperationException("Stockbridge.slnx not found above " + AppContext.BaseDirectory);
    }
}
