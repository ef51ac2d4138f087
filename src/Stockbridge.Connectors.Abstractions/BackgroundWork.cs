namespace Stockbridge.Connectors;

/// <summary>
/// Whether the calls of the current flow are background work (full pulls, order polls, reconcile sweeps) rather than
/// work an event is waiting on (a webhook, an order raise or write-back, a stock push). The job worker marks background
/// jobs; a connector that shares a rate budget (Shopify's cost bucket) lets background calls spend only the part of it
/// events do not need, so a sweep through thousands of orders never starves live orders of their calls.
/// </summary>
public static class BackgroundWork
{
    private static readonly AsyncLocal<bool> Current = new();

    /// <summary>True inside <see cref="RunAsync{T}"/>.</summary>
    public static bool IsActive => Current.Value;

    /// <summary>Runs <paramref name="work"/> marked as background work (the mark ends when it returns).</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Current.Value = true; // an async method's changes to an AsyncLocal do not flow back to its caller
        return await work();
    }
}
