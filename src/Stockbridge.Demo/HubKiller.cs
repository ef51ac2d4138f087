namespace Stockbridge.Demo;

/// <summary>
/// SIGKILLs a <see cref="HubProcess"/> at random: up 1.5-4 s, down 0.2-1.5 s, again and again until stopped; the
/// hub is left down when it stops (the caller starts the survivor).
/// </summary>
public static class HubKiller
{
    /// <summary>Kills and restarts <paramref name="hub"/> until <paramref name="stop"/> is cancelled.</summary>
    public static async Task RunAsync(HubProcess hub, int seed, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var random = new Random(seed);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(1500, 4000)), stop);
                await hub.KillAsync();
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(200, 1500)), stop);
                await hub.StartAsync(stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await hub.KillAsync();
        }
    }
}
