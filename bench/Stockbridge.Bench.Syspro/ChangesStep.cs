using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Syspro;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;

namespace Stockbridge.Bench.Syspro;

/// <summary>Changes 1,000 prices and 1,000 stock levels as an ERP user would, then times the incremental read that finds them.</summary>
internal static class ChangesStep
{
    public static async Task<int> RunAsync(BenchArguments args)
    {
        await using var simulator = await SysproSimulator.StartAsync(new SysproSimulatorOptions { DatabasePath = args.DatabasePath, StockCodes = args.StockCodes });
        var watermark = await WatermarkAsync(args.DatabasePath);
        var step = Math.Max(1, args.StockCodes / 2000);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            await simulator.Company.ChangePriceAsync(SeedCatalogue.StockCode(1 + (i * 2 * step)), "A", 100m + i);
            await simulator.Company.ChangeStockAsync(SeedCatalogue.StockCode(1 + (((i * 2) + 1) * step)), "JHB", 500m + i);
        }
        Console.WriteLine($"2,000 ERP changes written in {clock.Elapsed.TotalSeconds:0.0}s");

        using var http = new HttpClient();
        var connector = (SysproConnector)new SysproConnectorFactory().Create(new ConnectionContext("bench", "syspro", simulator.ConnectionSettings(), http, TimeProvider.System, NullLogger.Instance));
        clock.Restart();
        var count = 0;
        await foreach (var _ in connector.ReadChangedProductsAsync(watermark.ToString(CultureInfo.InvariantCulture), CancellationToken.None)) count++;
        Console.WriteLine($"incremental read after them: {count:N0} products in {clock.Elapsed.TotalMilliseconds:0} ms (of {args.StockCodes:N0} stock codes)");
        return count == 2000 ? 0 : 1;
    }

    private static async Task<long> WatermarkAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Value FROM RowVersionCounter";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
