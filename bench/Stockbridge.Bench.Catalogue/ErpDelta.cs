using System.Diagnostics;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;

namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// Changes a share of the stock codes as an ERP user would (through the simulator's company database, each change its
/// own transaction, as bench/Stockbridge.Bench.Syspro's ChangesStep does), spread evenly over the catalogue: every
/// other one gets a new list price (code A, the price the shop sells at), the rest a new quantity on hand in JHB.
/// New prices are above any seeded price and new quantities above any seeded one, so each is a real change.
/// </summary>
internal static class ErpDelta
{
    public static async Task<(int Prices, int Stock, TimeSpan Took)> ApplyAsync(RunningSysproSimulator syspro, int stockCodes, double percent, CancellationToken cancellationToken)
    {
        var count = Math.Max(1, (int)Math.Round(stockCodes * percent / 100));
        var step = Math.Max(1, stockCodes / count);
        int prices = 0, stock = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var code = SeedCatalogue.StockCode(1 + (i * step));
            if (i % 2 == 0)
            {
                await syspro.Company.ChangePriceAsync(code, BenchIds.PriceTier, 2_500m + i, cancellationToken);
                prices++;
            }
            else
            {
                await syspro.Company.ChangeStockAsync(code, "JHB", 1_000m + i, cancellationToken);
                stock++;
            }
        }
        return (prices, stock, clock.Elapsed);
    }
}
