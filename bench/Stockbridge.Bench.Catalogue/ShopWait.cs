using Stockbridge.Bench.Shared;
using System.Diagnostics;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;

namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// Waits until the shop holds the expected catalogue. The shop's write counter is read every 100 ms and the time of its
/// last change kept; the full comparison runs once a second. When it passes, the catalogue was complete at the last
/// write seen (nothing was written after it), so that is when the step's work was done, to within 100 ms.
/// </summary>
internal sealed class ShopWait(ShopifySimulatorHost shop, HubJobs jobs, TimeProvider time)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan FullCheck = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(30);

    public async Task<(ShopMatch Match, long Done)> RunAsync(IReadOnlyDictionary<string, ExpectedVariant> expected, long started, CancellationToken cancellationToken)
    {
        long lastWrites = -1, lastChange = started, nextCheck = 0, nextProgress = Stopwatch.GetTimestamp() + Ticks(ProgressEvery);
        while (true)
        {
            var writes = await shop.ReadAsync(s => s.AdminWrites, cancellationToken);
            var now = Stopwatch.GetTimestamp();
            if (writes != lastWrites && lastWrites >= 0) lastChange = now;
            lastWrites = writes;
            if (now >= nextCheck)
            {
                nextCheck = now + Ticks(FullCheck);
                if (await ShopCheck.VariantCountAsync(shop, cancellationToken) >= expected.Count)
                {
                    var match = await ShopCheck.CompareAsync(shop, expected, cancellationToken);
                    if (match.Complete) return (match, lastChange);
                }
            }
            if (now >= nextProgress)
            {
                nextProgress = now + Ticks(ProgressEvery);
                await PrintProgressAsync(expected.Count, started, cancellationToken);
            }
            await Task.Delay(Poll, time, cancellationToken);
        }
    }

    private async Task PrintProgressAsync(int expected, long started, CancellationToken cancellationToken)
    {
        var variants = await ShopCheck.VariantCountAsync(shop, cancellationToken);
        var writes = await shop.ReadAsync(s => s.AdminWrites, cancellationToken);
        Console.WriteLine($"  [{Stopwatch.GetElapsedTime(started):hh\\:mm\\:ss}] shop: {variants:N0}/{expected:N0} variants, {writes:N0} writes, " +
                          $"{shop.Runtime.Bucket.TotalCharged:N0} points charged, {shop.Runtime.Bucket.Available:N0} available; hub jobs open {await jobs.OpenAsync(cancellationToken):N0}; load {MachineInfo.Load()}");
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
