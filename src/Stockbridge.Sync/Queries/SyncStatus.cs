using Stockbridge.Domain.Orders;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Sync.Queries;

/// <summary>Counts for <c>stockbridge status</c> and the dashboard.</summary>
/// <param name="Products">Hub products.</param>
/// <param name="Customers">Hub customers.</param>
/// <param name="ProductsLinkedByConnection">Products on each channel connection (pushed at least once), by connection id.</param>
/// <param name="OrdersByState">Hub orders by state.</param>
/// <param name="JobsByState">Jobs by state.</param>
public sealed record SyncStatus(
    long Products, long Customers, IReadOnlyDictionary<string, long> ProductsLinkedByConnection,
    IReadOnlyDictionary<OrderState, long> OrdersByState, IReadOnlyDictionary<JobState, long> JobsByState)
{
    /// <summary>Dead-lettered jobs waiting for a fix and a replay.</summary>
    public long FailedJobs => JobsByState.GetValueOrDefault(JobState.Failed);
}
