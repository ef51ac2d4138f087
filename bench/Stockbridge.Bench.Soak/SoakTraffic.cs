using Stockbridge.Demo;

namespace Stockbridge.Bench.Soak;

/// <summary>Places the soak's orders as fast as the shop takes them, giving up if the shop takes none for two minutes.</summary>
internal static class SoakTraffic
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static async Task WaitForCatalogueAsync(DemoTraffic traffic, TimeProvider time, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        while (await traffic.PlaceOrderAsync(ct) is null)
        {
            if (time.GetElapsedTime(started) > TimeSpan.FromMinutes(5)) throw new TimeoutException("the catalogue never reached Shopify within 5 minutes");
            await Task.Delay(250, ct);
        }
    }

    public static async Task PlaceAsync(DemoTraffic traffic, int orders, TimeProvider time, CancellationToken ct)
    {
        var lastPlaced = time.GetTimestamp();
        while (traffic.PlacedOrders.Count < orders)
        {
            if (await traffic.PlaceOrderAsync(ct) is not null)
            {
                lastPlaced = time.GetTimestamp();
                continue;
            }
            if (time.GetElapsedTime(lastPlaced) > Patience)
                throw new InvalidOperationException($"the shop took no order for {Patience.TotalMinutes:N0} minutes (nothing in stock?) after {traffic.PlacedOrders.Count:N0}");
            await Task.Delay(20, ct);
        }
    }
}
