using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Syspro;

namespace Stockbridge.Bench.Syspro;

/// <summary>Reads every product through the connector (full read, then the first incremental read) and reports rate and RSS.</summary>
internal static class ReadStep
{
    public static async Task<int> RunAsync(BenchArguments args)
    {
        var settings = new Dictionary<string, string>
        {
            ["database_provider"] = "sqlite", ["database"] = args.DatabasePath, ["enet_url"] = "http://127.0.0.1:1/SYSPROWCFService/Rest/",
            ["operator"] = "BENCH", ["operator_password"] = "unused", ["company_id"] = "L",
        };
        using var http = new HttpClient();
        var connector = (SysproConnector)new SysproConnectorFactory().Create(
            new ConnectionContext("bench", "syspro", settings, http, TimeProvider.System, NullLogger.Instance));
        Console.WriteLine($"RSS before reading {Memory.CurrentMb():0} MB");

        var (count, variantsQty, seconds, samples) = await TimeAsync(connector.ReadProductsAsync(CancellationToken.None));
        Console.WriteLine($"full read: {count:N0} products in {seconds:0.0}s = {count / seconds:N0} products/s (checksum {variantsQty:N0}); RSS at 25/50/75/100%: {samples}");
        var (changed, _, incSeconds, incSamples) = await TimeAsync(Select(((ISupportsIncrementalReads)connector).ReadChangedProductsAsync(null, CancellationToken.None)));
        Console.WriteLine($"first incremental read (cursor null): {changed:N0} products in {incSeconds:0.0}s = {changed / incSeconds:N0} products/s; RSS: {incSamples}");
        Console.WriteLine($"peak RSS of the read process {Memory.PeakMb():0} MB");
        return 0;
    }

    private static async Task<(int Count, decimal Qty, double Seconds, string Samples)> TimeAsync(IAsyncEnumerable<Stockbridge.Domain.Catalog.Product> products)
    {
        var clock = Stopwatch.StartNew();
        var count = 0;
        var qty = 0m;
        var samples = new List<string>();
        var total = 0;
        await foreach (var product in products)
        {
            count++;
            qty += product.Variants[0].Qty ?? 0;
            if (count % 250_000 == 0) samples.Add($"{Memory.CurrentMb():0}");
            total = count;
        }
        samples.Add($"{Memory.CurrentMb():0} MB");
        return (total, qty, clock.Elapsed.TotalSeconds, string.Join(" / ", samples));
    }

    private static async IAsyncEnumerable<Stockbridge.Domain.Catalog.Product> Select(IAsyncEnumerable<Changed<Stockbridge.Domain.Catalog.Product>> changes)
    {
        await foreach (var change in changes) yield return change.Record;
    }
}
