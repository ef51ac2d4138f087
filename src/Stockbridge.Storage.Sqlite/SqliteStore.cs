using Stockbridge.Storage.Security;
using Stockbridge.Storage.Sqlite.Infrastructure;
using Stockbridge.Storage.Sqlite.Jobs;
using Stockbridge.Storage.Sqlite.Migrations;
using Stockbridge.Storage.Sqlite.RateBudget;

namespace Stockbridge.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, shared safely by several processes on one machine.
/// Open it with <see cref="Open"/>, then call <see cref="RelationalStore.MigrateAsync"/> before use.
/// </summary>
public sealed class SqliteStore : RelationalStore
{
    private readonly SqliteDatabase _database;
    private readonly SqliteMigrator _migrator;

    private SqliteStore(SqliteDatabase database, TimeProvider time, ISecretProtector secrets, KeyRing keyRing, IDisposable? protectorOwner)
        : base(new RelationalStores(database, SqliteDialect.Instance, new SqliteJobStore(database, time), secrets, time),
            new SqliteRateBudget(database, time), keyRing, protectorOwner)
    {
        _database = database;
        _migrator = new SqliteMigrator(database, time);
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
        var (protector, owner) = ConnectionSecrets(keyRing, secrets);
        return new SqliteStore(new SqliteDatabase(options.Path, options.BusyTimeout), time, protector, keyRing, owner);
    }

    /// <summary>Opens the store and applies any pending migrations.</summary>
    public static Task<SqliteStore> OpenMigratedAsync(
        SqliteStoreOptions options, TimeProvider time, CancellationToken cancellationToken, ISecretProtector? secrets = null) =>
        MigratedAsync(Open(options, time, secrets), cancellationToken);

    /// <inheritdoc />
    public override string Engine => "sqlite";

    /// <inheritdoc />
    public override string Describe() => $"sqlite:{_database.FullPath}";

    private protected override Task<MigrationReport> MigrateSchemaAsync(CancellationToken cancellationToken) => _migrator.MigrateAsync(cancellationToken);

    /// <summary>Closes pooled connections so the file is released.</summary>
    private protected override ValueTask CloseAsync()
    {
        _database.ReleaseFile();
        return ValueTask.CompletedTask;
    }
}
