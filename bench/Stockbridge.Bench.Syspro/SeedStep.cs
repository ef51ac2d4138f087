using System.Diagnostics;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;

namespace Stockbridge.Bench.Syspro;

/// <summary>Seeds a company database of N stock codes with the simulator's generator (replacing any file there).</summary>
internal static class SeedStep
{
    public static async Task<int> RunAsync(BenchArguments args)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(args.DatabasePath + suffix);
        var clock = Stopwatch.StartNew();
        await using (var simulator = await SysproSimulator.StartAsync(new SysproSimulatorOptions { StockCodes = args.StockCodes, DatabasePath = args.DatabasePath }))
        {
            Console.WriteLine($"seeded {args.StockCodes:N0} stock codes into {simulator.DatabasePath} in {clock.Elapsed.TotalSeconds:0.0}s");
        }
        Console.WriteLine($"file size {new FileInfo(args.DatabasePath).Length / 1048576.0:0} MB, peak RSS while seeding {Memory.PeakMb():0} MB");
        return 0;
    }
}
