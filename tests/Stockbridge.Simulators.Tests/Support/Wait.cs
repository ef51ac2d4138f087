namespace Stockbridge.Simulators.Tests.Support;

/// <summary>Waits (on the real clock) for something done in the background.</summary>
public static class Wait
{
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = Environment.TickCount64 + 10_000;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(10);
        }
        await Task.Delay(50); // let the background step after it (e.g. arming the next retry timer) run
    }
}
