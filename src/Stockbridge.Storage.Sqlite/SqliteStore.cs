using Stockbridge.Storage.Access;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.RateLimiting;
using Stockbridge.Storage.Records;
using Stockbridge.Storage.Scheduling;
using Stockbridge.Storage.Security;
using Stockbridge.Storage.Sqlite.Infrastructure;
using Stockbridge.Storage.Sqlite.Jobs;
using Stockbridge.Storage.Sqlite.Migrations;
using Stockbridge.Storage.Sqlite.RateBudget;

namespace Stockbridge.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, shared safely by several processes on one machine.
/// Open it with <see cref="Open"/>, then call <see cref="MigrateAsync"/> before use.
/// </summary>
public sealed class SqliteStore : IStore, ISharedRateBudget, IKeyRingHost
{
    private readonly SqliteDatabase _database;
    private readonly SqliteMigrator _migrator;
    private readonly SqliteRateBudget _rateBudget;
    private readonly RelationalStores _stores;
    private readonly IDisposable? _protectorOwner;

    private SqliteStore(SqliteDatabase database, TimeProvider time, ISecretProtector secrets, KeyRing keyRing, IDisposable? protectorOwner)
    {
        _database = database;
        KeyRing = keyRing;
        _protectorOwner = protectorOwner;
        _migrator = new SqliteMigrator(database, time);
        _rateBudget = new SqliteRateBudget(database, time);
        _stores = new RelationalStores(database, SqliteDialect.Instance, new SqliteJobStore(database, time), secrets, time);
    }

    /// <summary>
    /// Opens (creating if needed) the database at <see cref="SqliteStoreOptions.Path"/>; the file, its -wal and -shm are
    /// readable by the owner only (0600) on Unix. The key ring in <see cref="SqliteStoreOptions.ResolvedKeysDirectory"/>
    /// is sealed with <see cref="SqliteStoreOptions.MasterKeys"/> before its first use (re-encrypting keys left unencrypted); without
    /// <paramref name="secrets"/>, connection secrets are protected with it, per client. Nothing else is read until first use.
    /// </summary>
    public static SqliteStore Open(SqliteStoreOptions options, TimeProvider time, ISecretProtector? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var path = Path.GetFullPath(options.Path);
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        OwnerOnlyFiles.Touch(path);
        OwnerOnlyFiles.Restrict(path, path + "-wal", path + "-shm");
        var keyRing = new KeyRing(new DirectoryKeyRing(options.ResolvedKeysDirectory), options.MasterKeys);
        IDisposable? owner = null;
        if (secrets is null)
        {
            (var provider, owner) = keyRing.CreateProvider();
            secrets = new DataProtectionSecretProtector(provider, SecretPurposes.ConnectionSecrets);
        }
        return new SqliteStore(new SqliteDatabase(options.Path, options.BusyTimeout), time, secrets, keyRing, owner);
    }

    /// <summary>Opens the store and applies any pending migrations.</summary>
    public static Task<SqliteStore> OpenMigratedAsync(
        SqliteStoreOptions options, TimeProvider time, CancellationToken cancellationToken, ISecretProtector? secrets = null) =>
        StoreOpening.MigratedAsync(Open(options, time, secrets), cancellationToken);

    /// <inheritdoc />
    public string Engine => "sqlite";

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
    public string Describe() => $"sqlite:{_database.FullPath}";

    /// <summary>Applies pending migrations, then seals the key ring under the operator key (see <see cref="KeyRing.EnsureSealed"/>).</summary>
    public Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken) =>
        StoreOpening.MigrateAsync(_migrator.MigrateAsync, KeyRing, cancellationToken);

    /// <inheritdoc />
    public Task<TimeSpan> TryTakeAsync(string connectionId, double ratePerSecond, double burst, CancellationToken cancellationToken) =>
        _rateBudget.TryTakeAsync(connectionId, ratePerSecond, burst, cancellationToken);

    /// <inheritdoc />
    public KeyRing KeyRing { get; }

    /// <summary>Closes pooled connections so the file is released.</summary>
    public ValueTask DisposeAsync()
    {
        _protectorOwner?.Dispose();
        _database.ReleaseFile();
        return ValueTask.CompletedTask;
    }
}
