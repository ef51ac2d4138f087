using Stockbridge.Storage.Access;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.RateLimiting;
using Stockbridge.Storage.Records;
using Stockbridge.Storage.Scheduling;
using Stockbridge.Storage.Security;
using Stockbridge.Storage.Relational.Access;
using Stockbridge.Storage.Relational.Clients;
using Stockbridge.Storage.Relational.Connections;
using Stockbridge.Storage.Relational.Inbox;
using Stockbridge.Storage.Relational.Jobs;
using Stockbridge.Storage.Relational.Records;
using Stockbridge.Storage.Relational.Scheduling;
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
    private readonly IDisposable? _protectorOwner;

    private SqliteStore(SqliteDatabase database, TimeProvider time, ISecretProtector secrets, KeyRing keyRing, IDisposable? protectorOwner)
    {
        _database = database;
        KeyRing = keyRing;
        _protectorOwner = protectorOwner;
        _migrator = new SqliteMigrator(database, time);
        _rateBudget = new SqliteRateBudget(database, time);
        var dialect = SqliteDialect.Instance;
        var jobs = new JobWriter(dialect);
        Clients = new RelationalClientStore(database);
        Connections = new RelationalConnectionStore(database, dialect, new ConnectionCodec(secrets), time);
        Records = new RelationalRecordStore(database, dialect, jobs, time);
        Inbox = new RelationalInboxStore(database, dialect, jobs, time);
        Jobs = new SqliteJobStore(database, time);
        Schedule = new RelationalScheduleStore(database, time);
        Access = new RelationalAccessStore(database, dialect);
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
    public static async Task<SqliteStore> OpenMigratedAsync(
        SqliteStoreOptions options, TimeProvider time, CancellationToken cancellationToken, ISecretProtector? secrets = null)
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
    public string Engine => "sqlite";

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
    public string Describe() => $"sqlite:{_database.FullPath}";

    /// <summary>Applies pending migrations, then seals the key ring under the operator key (see <see cref="KeyRing.EnsureSealed"/>).</summary>
    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken)
    {
        var report = await _migrator.MigrateAsync(cancellationToken);
        KeyRing.EnsureSealed();
        return report;
    }

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
