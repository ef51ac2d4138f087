namespace Stockbridge.Storage.Scheduling;

/// <summary>Sync cursors, and leases that make one node at a time own a scheduled pull.</summary>
public interface IScheduleStore
{
    /// <summary>A connection's cursor by name (e.g. <c>products</c>), or null.</summary>
    Task<string?> GetCursorAsync(string clientId, string connectionId, string name, CancellationToken cancellationToken);
    /// <summary>Stores a cursor.</summary>
    Task SetCursorAsync(string clientId, string connectionId, string name, string cursor, CancellationToken cancellationToken);

    /// <summary>
    /// Takes or renews the lease named <paramref name="name"/> for <paramref name="owner"/> until now + <paramref name="duration"/>.
    /// True when <paramref name="owner"/> holds it now; false while another owner's lease is still running.
    /// </summary>
    Task<bool> TryAcquireLeaseAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken);
    /// <summary>Gives a lease up early.</summary>
    Task ReleaseLeaseAsync(string name, string owner, CancellationToken cancellationToken);
}
