using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Sql;
using Stockbridge.Connectors.Sql.Simulator.Acme;

namespace Stockbridge.Bench.Sql;

/// <summary>
/// Reads every product of a seeded database through the sql connector (the Acme template query, keyset pages on the read-only
/// session), measuring time, the process's peak working set (VmHWM) and the managed heap at each quarter of the read.
/// </summary>
public static class ReadBench
{
    /// <summary>Runs the read and returns its figures.</summary>
    public static async Task<ReadResult> RunAsync(string connectionString, int expectedVariants, int pageSize, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var settings = new Dictionary<string, string>
        {
            ["engine"] = "postgresql",
            ["server"] = target.Host ?? "127.0.0.1",
            ["port"] = target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["database"] = target.Database ?? "",
            ["username"] = target.Username ?? "",
            ["password"] = target.Password ?? "",
            ["products_query"] = AcmeQueries.Products(AcmeEngine.PostgreSql),
            ["page_size"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        using var http = new HttpClient();
        var connector = (ISourceConnector)new SqlConnectorFactory().Create(new ConnectionContext("bench", "sql-bench", settings, http, TimeProvider.System, NullLogger.Instance));
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var samples = new List<MemorySample>();
        var clock = Stopwatch.StartNew();
        long variants = 0, products = 0;
        var nextQuarter = 1;
        await foreach (var product in connector.ReadProductsAsync(cancellationToken))
        {
            products++;
            variants += product.Variants.Length;
            if (expectedVariants > 0 && variants * 4 >= (long)expectedVariants * nextQuarter && nextQuarter <= 4)
            {
                samples.Add(new MemorySample(nextQuarter * 25, Memory.WorkingSetMb(), GC.GetTotalMemory(false) / 1048576.0));
                nextQuarter++;
            }
        }
        clock.Stop();
        return new ReadResult(products, variants, clock.Elapsed, Memory.PeakWorkingSetMb(), heapBefore / 1048576.0, samples);
    }
}
