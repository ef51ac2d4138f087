using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Sql.Database;
using Stockbridge.Connectors.Sql.Simulator.Acme;
using Stockbridge.Connectors.Sql.Tests.Support;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Sql.Tests.Reads;

/// <summary>Incremental reads on the change column: whole products, the overlap window, cursors that resume from the start.</summary>
public sealed class IncrementalReadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_overlap_a_read_after_a_stock_change_yields_only_that_product_with_all_its_variants()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var connector = Acme.Connect(acme, ("overlap_seconds", "0"));
        var first = await ReadAsync(connector, null);
        Assert.Equal(acme.Erp.Styles - 1, first.Count);

        await Task.Delay(20, Ct);
        await acme.SetStockAsync(AcmeSeeder.Item(4, "L"), 9, Ct);
        var second = await ReadAsync(connector, first[^1].Cursor);
        var third = await ReadAsync(connector, second[^1].Cursor);

        Assert.Contains(second, c => c.Record.SourceProductCode == AcmeSeeder.Style(4));
        var changed = Assert.Single(third);
        Assert.Equal(AcmeSeeder.Style(4), changed.Record.SourceProductCode);
        Assert.Equal(3, changed.Record.Variants.Length);
    }

    [Fact]
    public async Task The_overlap_window_reads_recent_changes_again()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var connector = Acme.Connect(acme);
        var first = await ReadAsync(connector, null);
        var again = await ReadAsync(connector, first[^1].Cursor);
        Assert.Equal(first.Count, again.Count);
    }

    [Fact]
    public async Task Records_before_the_last_of_a_first_read_carry_a_cursor_that_reads_everything_again()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var first = await ReadAsync(Acme.Connect(acme), null);
        Assert.All(first.Take(first.Count - 1), c => Assert.Equal(ChangeCursor.Everything, c.Cursor));
        Assert.StartsWith("d:", first[^1].Cursor, StringComparison.Ordinal);
        Assert.Equal(first.Count, (await ReadAsync(Acme.Connect(acme), ChangeCursor.Everything)).Count);
    }

    private static async Task<List<Changed<Product>>> ReadAsync(SqlConnector connector, string? cursor)
    {
        var changes = new List<Changed<Product>>();
        await foreach (var change in connector.ReadChangedProductsAsync(cursor, Ct)) changes.Add(change);
        return changes;
    }
}
