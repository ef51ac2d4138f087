using Stockbridge.Storage.Postgres.Infrastructure;
using Stockbridge.Storage.Postgres.Jobs;
using Stockbridge.Storage.Postgres.Migrations;
using Stockbridge.Storage.Postgres.RateBudget;
using Stockbridge.Storage.Postgres.Security;
using Stockbridge.Storage.RateLimiting;
using Stockbridge.Storage.Security;

namespace Stockbridge.Storage.Postgres;

/// <summary>
/// The store for many hub nodes: one PostgreSQL database shared by every node. Jobs are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> and fenced by lease tokens, schedule leases are an upsert that only takes a free or
/// expired lease, and the per-connection rate budget is shared (<see cref="ISharedRateBudget"/>).
/// Open it with <see cref="Open"/>, then call <see cref="RelationalStore.MigrateAsync"/> before use.
/// </summary>
public sealed class PostgresStore : RelationalStore
{
    private readonly PostgresDatabase _database;
    private readonly PostgresMigrator _migrator;

    private PostgresStore(PostgresDatabase database, TimeProvider time, ISecretProtector secrets, IDisposable? protectorOwner, KeyRing keyRing)
        : base(new RelationalStores(database, PostgresDialect.Instance, new PostgresJobStore(database, time), secrets, time),
            new PostgresRateBudget(database, time), keyRing, protectorOwner)
    {
        _database = database;
        _migrator = new PostgresMigrator(database, time);
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
        var keyRing = KeyRings.Open(options, database, time);
        var (protector, owner) = ConnectionSecrets(keyRing, secrets);
        return new PostgresStore(database, time, protector, owner, keyRing);
    }

    /// <summary>Opens the store and applies any pending migrations.</summary>
    public static Task<PostgresStore> OpenMigratedAsync(
        PostgresStoreOptions options, TimeProvider time, CancellationToken cancellationToken, ISecretProtector? secrets = null) =>
        MigratedAsync(Open(options, time, secrets), cancellationToken);

    /// <inheritdoc />
    public override string Engine => "postgres";

    /// <inheritdoc />
    public override string Describe() => _database.Description;

    private protected override Task<MigrationReport> MigrateSchemaAsync(CancellationToken cancellationToken) => _migrator.MigrateAsync(cancellationToken);

    /// <summary>Closes the pooled connections.</summary>
    private protected override ValueTask CloseAsync() => _database.DisposeAsync();
}
