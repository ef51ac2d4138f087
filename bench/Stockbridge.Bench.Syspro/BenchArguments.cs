using System.Globalization;

namespace Stockbridge.Bench.Syspro;

/// <summary>--stock-codes N and --db PATH.</summary>
internal sealed record BenchArguments(int StockCodes, string DatabasePath)
{
    public static BenchArguments Parse(string[] args)
    {
        var stockCodes = 1_000_000;
        var db = Path.Combine(Path.GetTempPath(), "syspro-bench.db");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--stock-codes") stockCodes = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--db") db = args[i + 1];
        }
        return new BenchArguments(stockCodes, db);
    }
}
