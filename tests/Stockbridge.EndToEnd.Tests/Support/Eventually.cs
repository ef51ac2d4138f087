namespace Stockbridge.EndToEnd.Tests.Support;

internal static class Eventually
{
    /// <summary>Polls until <paramref name="probe"/> returns a value, or fails with <paramref name="what"/> after the timeout.</summary>
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what, CancellationToken ct, int seconds = 90) where T : class
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"timed out after {seconds} s waiting for {what}");
            await Task.Delay(250, ct);
        }
    }
}
