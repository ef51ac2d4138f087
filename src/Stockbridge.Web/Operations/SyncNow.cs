using Stockbridge.Connectors.Manifest;
using Stockbridge.Engine.Connectors;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Web.Operations;

/// <summary>"Sync now": enqueues a <c>source.pull</c> job for a source connection (the sync pipeline runs it).</summary>
public sealed class SyncNow(IStore store, ConnectorRegistry registry)
{
    /// <summary>The job kind the sync pipeline handles.</summary>
    public const string JobKind = "source.pull";

    /// <summary>Whether the connection's connector is a source.</summary>
    public bool CanPull(ConnectionRecord connection) =>
        registry.Find(connection.ConnectorKey) is { } factory && factory.Manifest.Kind.HasFlag(ConnectorKind.Source);

    /// <summary>Enqueues the pull (coalesced with a pending one) and returns the job id.</summary>
    public Task<long> EnqueueAsync(ConnectionRecord connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // Same key as the scheduler's pull, so "sync now" coalesces with a pull that is already waiting.
        return store.Jobs.EnqueueAsync(new JobRequest(connection.ClientId, connection.Id, JobKind, JobKind, "{}"), cancellationToken);
    }
}
