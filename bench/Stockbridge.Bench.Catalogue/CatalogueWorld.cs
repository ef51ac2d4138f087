using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;

namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// The outside world of the bench, in this process as the demo has it: a SYSPRO simulator whose company database is
/// seeded with N stock codes (every one made active, so all N reach the shop), and a Shopify simulator on the chosen plan.
/// </summary>
internal sealed class CatalogueWorld : IAsyncDisposable
{
    private CatalogueWorld(RunningSysproSimulator syspro, ShopifySimulatorHost shop, TimeSpan seedTime)
    {
        Syspro = syspro;
        Shop = shop;
        SeedTime = seedTime;
    }

    public RunningSysproSimulator Syspro { get; }
    public ShopifySimulatorHost Shop { get; }
    public TimeSpan SeedTime { get; }

    public static async Task<CatalogueWorld> StartAsync(CatalogueOptions options, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Directory);
        ClearLastRun(options.Directory);
        var database = Path.Combine(options.Directory, "syspro-company.db");
        var clock = Stopwatch.StartNew();
        var syspro = await SysproSimulator.StartAsync(new SysproSimulatorOptions
        {
            StockCodes = options.Variants,
            DatabasePath = database,
            ReuseExistingDatabase = false,
        }, cancellationToken);
        await ActivateAllAsync(database, cancellationToken);
        var seedTime = clock.Elapsed;
        var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions { Plan = options.Plan }, cancellationToken);
        return new CatalogueWorld(syspro, shop, seedTime);
    }

    /// <summary>Removes the files an earlier run left in the work directory (and only those), so every run starts fresh.</summary>
    private static void ClearLastRun(string directory)
    {
        foreach (var name in new[] { "syspro-company.db", "hub.db" })
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(Path.Combine(directory, name + suffix));
        }
        File.Delete(Path.Combine(directory, "stockbridge.json"));
        if (Directory.Exists(Path.Combine(directory, "hub.db.keys"))) Directory.Delete(Path.Combine(directory, "hub.db.keys"), recursive: true);
    }

    /// <summary>
    /// The seed marks about 5% of stock codes inactive (UserField1 'N'); an inactive product never goes to the shop, so
    /// they are made active as an ERP user would, before the hub's first pull.
    /// </summary>
    private static async Task ActivateAllAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 10000; UPDATE InvMaster SET UserField1 = 'Y         ' WHERE trim(UserField1) <> 'Y';";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Shop.DisposeAsync();
        await Syspro.DisposeAsync();
    }
}
