using Microsoft.AspNetCore.DataProtection;
using Stockbridge.Storage.Access;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.RateLimiting;
using Stockbridge.Storage.Records;
using Stockbridge.Storage.Scheduling;
using Stockbridge.Storage.Security;
using Stockbridge.Storage.Sqlite.Access;
using Stockbridge.Storage.Sqlite.Clients;
using Stockbridge.Storage.Sqlite.Connections;
using Stockbridge.Storage.Sqlite.Inbox;
using Stockbridge.Storage.Sqlite.Infrastructure;
using Stockbridge.Storage.Sqlite.Jobs;
using Stockbridge.Storage.Sqlite.Migrations;
using Stockbridge.Storage.Sqlite.RateBudget;
using Stockbridge.Storage.Sqlite.Records;
using Stockbridge.Storage.Sqlite.Scheduling;

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
    private readonly string _keysDirectory;

    private SqliteStore(SqliteDatabase database, TimeProvider time, ISecretProtector secrets, string keysDirectory)
    {
        _database = database;
        _keysDirectory = keysDirectory;
        _migrator = new SqliteMigrator(database, time);
        _rateBudget = new SqliteRateBudget(database, time);
        Clients = new SqliteClientStore(database);
        Connections = new SqliteConnectionStore(database, new ConnectionCodec(secrets), time);
        Records = new SqliteRecordStore(database, time);
        Inbox = new SqliteInboxStore(database, time);
        Jobs = new SqliteJobStore(database, time);
        Schedule = new SqliteScheduleStore(database, time);
        Access = new SqliteAccessStore(database);
    }

    /// <summary>
    /// Opens (creating if needed) the database at <see cref="SqliteStoreOptions.Path"/>. Nothing is read until first use.
    /// Without <paramref name="secrets"/>, connection secrets are protected with a Data Protection key ring in
    /// <see cref="SqliteStoreOptions.ResolvedKeysDirectory"/>.
    /// </summary>
    public static SqliteStore Open(SqliteStoreOptions options, TimeProvider time, ISecretProtector? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.Path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        secrets ??= DataProtectionSecretProtector.Create(options.ResolvedKeysDirectory, SecretPurposes.ConnectionSecrets);
        return new SqliteStore(new SqliteDatabase(options.Path, options.BusyTimeout), time, secrets, options.ResolvedKeysDirectory);
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

    /// <inheritdoc />
    public Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken) => _migrator.MigrateAsync(cancellationToken);

    /// <inheritdoc />
    public Task<TimeSpan> TryTakeAsync(string connectionId, double ratePerSecond, double burst, CancellationToken cancellationToken) =>
        _rateBudget.TryTakeAsync(connectionId, ratePerSecond, burst, cancellationToken);

    /// <inheritdoc />
    public void UseKeyRing(IDataProtectionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetApplicationName(DataProtectionSecretProtector.ApplicationName).PersistKeysToFileSystem(new DirectoryInfo(_keysDirectory));
    }

    /// <summary>Closes pooled connections so the file is released.</summary>
    public ValueTask DisposeAsync()
    {
        _database.ReleaseFile();
        return ValueTask.CompletedTask;
    }
}
