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
    private readonly RelationalStores _stores;
    private readonly IDisposable? _protectorOwner;

    private PostgresStore(PostgresDatabase database, TimeProvider time, ISecretProtector secrets, IDisposable? protectorOwner, KeyRing keyRing)
    {
        _database = database;
        KeyRing = keyRing;
        _protectorOwner = protectorOwner;
        _migrator = new PostgresMigrator(database, time);
        _rateBudget = new PostgresRateBudget(database, time);
        _stores = new RelationalStores(database, PostgresDialect.Instance, new PostgresJobStore(database, time), secrets, time);
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
    public static Task<PostgresStore> OpenMigratedAsync(
        PostgresStoreOptions options, TimeProvider time, CancellationToken cancellationToken, ISecretProtector? secrets = null) =>
        StoreOpening.MigratedAsync(Open(options, time, secrets), cancellationToken);

    /// <inheritdoc />
    public string Engine => "postgres";

    /// <inheritdoc />
    public IClientStore Clients => _stores.Clients;
    /// <inheritdoc />
    public IConnectionStore Connections => _stores.Connections;
    /// <inheritdoc />
    public IRecordStore Records => _stores.Records;
    /// <inheritdoc />
    public IInboxStore Inbox => _stores.Inbox;
    /// <inheritdoc />
    public IJobStore Jobs => _stores.Jobs;
    /// <inheritdoc />
    public IScheduleStore Schedule => _stores.Schedule;
    /// <inheritdoc />
    public IAccessStore Access => _stores.Access;

    /// <inheritdoc />
    public string Describe() => _database.Description;

    /// <inheritdoc />
    public KeyRing KeyRing { get; }

    /// <inheritdoc />
    /// <remarks>Then seals the key ring under the operator key (see <see cref="KeyRing.EnsureSealed"/>).</remarks>
    public Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken) =>
        StoreOpening.MigrateAsync(_migrator.MigrateAsync, KeyRing, cancellationToken);

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
