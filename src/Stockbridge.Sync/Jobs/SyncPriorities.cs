namespace Stockbridge.Sync.Jobs;

/// <summary>Job priorities (higher runs first among due jobs).</summary>
public static class SyncPriorities
{
    /// <summary>Pulls, polls, sweeps and full product pushes.</summary>
    public const int Normal = 0;
    /// <summary>Writing order numbers back to the channel.</summary>
    public const int MarkRaised = 5;
    /// <summary>Stock-only pushes: the fast path that keeps channels from overselling.</summary>
    public const int StockPush = 10;
    /// <summary>Raising orders into the source.</summary>
    public const int OrderRaise = 20;
}
