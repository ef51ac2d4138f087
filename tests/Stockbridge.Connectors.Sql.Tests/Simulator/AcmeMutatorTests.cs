using Microsoft.Extensions.Time.Testing;
using Stockbridge.Connectors.Sql.Simulator.Acme;
using Stockbridge.Connectors.Sql.Tests.Support;

namespace Stockbridge.Connectors.Sql.Tests.Simulator;

/// <summary>The Acme ERP's mutator changes a price and a stock level each round, and the connector's incremental read sees them.</summary>
public sealed class AcmeMutatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_round_changes_rows_the_next_incremental_read_returns()
    {
        await using var acme = await Acme.StartSqliteAsync();
        var connector = Acme.Connect(acme, ("overlap_seconds", "0"));
        // Moves the latest change past the seed's with a style the mutator never picks (it changes styles 1 … n-2).
        await Task.Delay(20, Ct);
        await acme.SetStockAsync(AcmeSeeder.Item(acme.Erp.Styles - 1, "S"), 5, Ct);
        string? cursor = null;
        for (var read = 0; read < 2; read++)
        {
            await foreach (var change in connector.ReadChangedProductsAsync(cursor, Ct)) cursor = change.Cursor;
        }
        var quiet = new List<string>();
        await foreach (var change in connector.ReadChangedProductsAsync(cursor, Ct)) quiet.Add(change.Record.SourceProductCode);

        var time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddSeconds(5));
        await using (var mutator = new AcmeMutator(acme.Erp, TimeSpan.FromSeconds(10), time))
        {
            time.Advance(TimeSpan.FromSeconds(10));
            for (var wait = 0; mutator.Rounds == 0 && mutator.LastError is null && wait < 200; wait++) await Task.Delay(25, Ct);
            Assert.Null(mutator.LastError);
            Assert.Equal(1, mutator.Rounds);
        }
        var changed = new List<string>();
        await foreach (var change in connector.ReadChangedProductsAsync(cursor, Ct)) changed.Add(change.Record.SourceProductCode);

        Assert.Equal([AcmeSeeder.Style(acme.Erp.Styles - 1)], quiet);
        Assert.InRange(changed.Except(quiet).Count(), 1, 2);
    }
}
