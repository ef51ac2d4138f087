using Stockbridge.Storage.Access;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Postgres.Infrastructure;
using Stockbridge.Storage.Postgres.Jobs;
using Stockbridge.Storage.Postgres.Migrations;
using Stockbridge.Storage.Postgres.RateBudget;
using Stockbridge.Storage.Postgres.Security;
using Stockbridge.Storage.Relational.Access;
using Stockbridge.Storage.Relational.Clients;
using Stockbridge.Storage.Relational.Connections;
using Stockbridge.Storage.Relational.Inbox;
using Stockbridge.Storage.Relational.Jobs;
using Stockbridge.Storage.Relational.Records;
using Stockbridge.Storage.Relational.Scheduling;
using Stockbridge.Storage.RateLimiting;
using Stockbridge.Storage.Records;
using Stockbridge.Storage.Scheduling;
using Stockbridge.Storage.Security;

namespace Stockbridge.Storage.Postgres;

/// <summary>
/// The store for many hub nodes: one PostgreSQL database shared by every node. Jobs are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> and fenced by lease tokens, schedule leases are an upsert that only takes a free or
/// expired lease, and the per-connection rate budget is shared (<see cref="ISharedRateBudget"/>).
/// Open it with <see cref="Open"/>, then call <see cref="MigrateAsync"/> before use.
/// </summary>
public sealed class PostgresStore : IStore, ISharedRateBudget, IKeyRingHost
{
    private readonly PostgresDatabase _database;
    private readonly PostgresMigrator _migrator;
    private readonly PostgresRateBudget _rateBudget;
    private readonly IDisposable? _protectorOwner;

    private PostgresStore(PostgresDatabase database, TimeProvider time, ISecretProtector secrets, IDisposable? protectorOwner, KeyRing keyRing)
    {
        _database = database;
        KeyRing = keyRing;
        _protectorOwner = protectorOwner;
        _migrator = new PostgresMigrator(database, time);
        _rateBudget = new PostgresRateBudget(database, time);
        var dialect = PostgresDialect.Instance;
        var jobs = new JobWriter(dialect);
        Clients = new RelationalClientStore(database);
        Connections = new RelationalConnectionStore(database, dialect, new ConnectionCodec(secrets), time);
        Records = new RelationalRecordStore(database, dialect, jobs, time);
        Inbox = new RelationalInboxStore(database, dialect, jobs, time);
        Jobs = new PostgresJobStore(database, time);
        Schedule = new RelationalScheduleStore(database, time);
        Access = new RelationalAccessStore(database, dialect);
    }

    /// <summary>
    /// Opens the store over <see cref="PostgresStoreOptions.ConnectionString"/>. The key ring (in
    /// <see cref="PostgresStoreOptions.KeysDirectory"/>, or in the database when that is not set) is sealed with
    /// <see cref="PostgresStoreOptions.MasterKeys"/> before its first use; without <paramref name="secrets"/>, connection secrets are
    /// protected with it, per client.
    /// </summary>
    public static PostgresStore Open(PostgresStoreOptions options, TimeProvider time, ISecretProtector? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var database = new PostgresDatabase(options.ConnectionString);
        var keyRing = SecretProtectors.OpenKeyRing(options, database, time);
        IDisposable? owner = null;
        if (secrets is null) (secrets, owner) = SecretProtectors.Create(keyRing);
        return new PostgresStore(database, time, secrets, owner, keyRing);
    }

    /// <summary>Opens the store and applies any pending migrations.</summary>
    public static async Task<PostgresStore> OpenMigratedAsync(
        PostgresStoreOptions options, TimeProvider time, CancellationToken cancellationToken, ISecretProtector? secrets = null)
    {
        var store = Open(options, time, secrets);
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public string Engine => "postgres";

    /// <inheritdoc />
    public IClientStore Clients { get; }
    /// <inheritdoc />
    public IConnectionStore Connections { get; }
    /// <inheritdoc />
    public IRecordStore Records { get; }
    /// <inheritdoc />
    public IInboxStore Inbox { get; }
    /// <inheritdoc />
    public IJobStore Jobs { get; }
    /// <inheritdoc />
    public IScheduleStore Schedule { get; }
    /// <inheritdoc />
    public IAccessStore Access { get; }

    /// <inheritdoc />
    public string Describe() => _database.Description;

    /// <inheritdoc />
    public KeyRing KeyRing { get; }

    /// <inheritdoc />
    /// <remarks>Then seals the key ring under the operator key (see <see cref="KeyRing.EnsureSealed"/>).</remarks>
    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken)
    {
        var report = await _migrator.MigrateAsync(cancellationToken);
        KeyRing.EnsureSealed();
        return report;
    }

    /// <inheritdoc />
    public Task<TimeSpan> TryTakeAsync(string connectionId, double ratePerSecond, double burst, CancellationToken cancellationToken) =>
        _rateBudget.TryTakeAsync(connectionId, ratePerSecond, burst, cancellationToken);

    /// <summary>Closes the pooled connections.</summary>
    public async ValueTask DisposeAsync()
    {
        _protectorOwner?.Dispose();
        await _database.DisposeAsync();
    }
}
