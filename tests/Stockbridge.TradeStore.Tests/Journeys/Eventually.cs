namespace Stockbridge.TradeStore.Tests.Journeys;

/// <summary>Polls until a probe answers, or fails naming what never came.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what, CancellationToken ct, int seconds = 60)
        where T : class
    {
        var deadline = Environment.TickCount64 + seconds * 1000L;
        while (true)
        {
            if (await probe() is { } found) return found;
            if (Environment.TickCount64 > deadline) throw new TimeoutException($"{what} did not appear within {seconds} s");
            await Task.Delay(250, ct);
        }
    }
}
