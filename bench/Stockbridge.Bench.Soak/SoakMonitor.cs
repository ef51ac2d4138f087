using Stockbridge.Demo;

namespace Stockbridge.Bench.Soak;

/// <summary>
/// Watches the run: samples the orders raised in SYSPRO every second (noting when all were raised and when the count last
/// moved), and prints a progress line every 10 s.
/// </summary>
internal sealed class SoakMonitor(DemoEnvironment world, DemoTraffic traffic, HubProcess hub, int orders, TimeProvider time)
{
    private readonly long _started = time.GetTimestamp();

    public int Raised { get; private set; }
    public TimeSpan? AllRaisedAt { get; private set; }
    public TimeSpan LastProgressAt { get; private set; }
    public TimeSpan Elapsed => time.GetElapsedTime(_started);

    public async Task RunAsync(CancellationToken stop)
    {
        var nextPrint = TimeSpan.FromSeconds(10);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), time, stop);
                await SampleAsync(stop);
                if (Elapsed < nextPrint) continue;
                nextPrint += TimeSpan.FromSeconds(10);
                Console.WriteLine($"[{Elapsed:hh\\:mm\\:ss}] placed {traffic.PlacedOrders.Count:N0}/{orders:N0}, raised in SYSPRO {Raised:N0}, " +
                                  $"kills {hub.Kills}, SYSPRO faults injected {world.Syspro.Faults.Injected:N0}");
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
    }

    private async Task SampleAsync(CancellationToken stop)
    {
        var raised = await SysproSalesOrders.CountRaisedAsync(world.Syspro.DatabasePath, stop);
        if (raised != Raised) LastProgressAt = Elapsed;
        Raised = raised;
        if (raised >= orders && AllRaisedAt is null) AllRaisedAt = Elapsed;
    }
}
