using Stockbridge.Storage.Access;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;
using Stockbridge.Storage.Scheduling;

namespace Stockbridge.Storage;

/// <summary>
/// The hub's store: one interface, two engines (SQLite embedded, PostgreSQL for many nodes).
/// Every read and write of tenant data is scoped by client id; nothing engine-specific leaks through.
/// </summary>
public interface IStore : IAsyncDisposable
{
    /// <summary>The engine's name (sqlite, postgres), for status output.</summary>
    string Engine { get; }

    /// <summary>Where the data lives, with any password removed (for status output and logs).</summary>
    string Describe();

    /// <summary>Applies every migration not yet applied, in order. Safe to run again and from several nodes.</summary>
    Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Clients (tenants).</summary>
    IClientStore Clients { get; }
    /// <summary>Connections with their settings; secrets are encrypted at rest.</summary>
    IConnectionStore Connections { get; }
    /// <summary>Hub records with their content hash, links to channel ids, and audit history.</summary>
    IRecordStore Records { get; }
    /// <summary>The webhook inbox.</summary>
    IInboxStore Inbox { get; }
    /// <summary>Jobs and their attempts.</summary>
    IJobStore Jobs { get; }
    /// <summary>Sync cursors and leases on scheduled work.</summary>
    IScheduleStore Schedule { get; }
    /// <summary>Console users and API tokens.</summary>
    IAccessStore Access { get; }
}
