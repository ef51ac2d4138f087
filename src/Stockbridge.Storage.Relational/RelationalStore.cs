using Stockbridge.Storage.Access;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.RateLimiting;
using Stockbridge.Storage.Records;
using Stockbridge.Storage.Scheduling;
using Stockbridge.Storage.Security;

namespace Stockbridge.Storage.Relational;

/// <summary>
/// What the SQL engines' stores (<c>SqliteStore</c>, <c>PostgresStore</c>) have in common: the stores shared over the
/// engine's database, migrating and then sealing the key ring, the shared per-connection rate budget, and closing.
/// Only the engines derive from it.
/// </summary>
public abstract class RelationalStore : IStore, ISharedRateBudget, IKeyRingHost
{
    private readonly RelationalStores _stores;
    private readonly ISharedRateBudget _rateBudget;
    private readonly IDisposable? _protectorOwner;

    private protected RelationalStore(RelationalStores stores, ISharedRateBudget rateBudget, KeyRing keyRing, IDisposable? protectorOwner)
    {
        _stores = stores;
        _rateBudget = rateBudget;
        KeyRing = keyRing;
        _protectorOwner = protectorOwner;
    }

    /// <inheritdoc />
    public abstract string Engine { get; }

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
    public KeyRing KeyRing { get; }

    /// <inheritdoc />
    public abstract string Describe();

    /// <summary>Applies pending migrations, then seals the key ring under the operator key (see <see cref="KeyRing.EnsureSealed"/>).</summary>
    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken)
    {
        var report = await MigrateSchemaAsync(cancellationToken);
        KeyRing.EnsureSealed();
        return report;
    }

    /// <inheritdoc />
    public Task<TimeSpan> TryTakeAsync(string connectionId, double ratePerSecond, double burst, CancellationToken cancellationToken) =>
        _rateBudget.TryTakeAsync(connectionId, ratePerSecond, burst, cancellationToken);

    /// <summary>Stops protecting secrets with the store's key ring, then closes the engine's connections.</summary>
    public async ValueTask DisposeAsync()
    {
        _protectorOwner?.Dispose();
        await CloseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Migrates a store just opened; a store that fails to migrate is disposed, not handed out.</summary>
    private protected static async Task<TStore> MigratedAsync<TStore>(TStore store, CancellationToken cancellationToken) where TStore : RelationalStore
    {
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

    /// <summary>
    /// The protector of connection secrets: <paramref name="given"/>, else one over the store's key ring, per client (the
    /// owner returned is the store's to dispose).
    /// </summary>
    private protected static (ISecretProtector Protector, IDisposable? Owner) ConnectionSecrets(KeyRing keyRing, ISecretProtector? given)
    {
        if (given is not null) return (given, null);
        var (provider, owner) = keyRing.CreateProvider();
        return (new DataProtectionSecretProtector(provider, SecretPurposes.ConnectionSecrets), owner);
    }

    /// <summary>Applies the engine's pending migrations.</summary>
    private protected abstract Task<MigrationReport> MigrateSchemaAsync(CancellationToken cancellationToken);

    /// <summary>Releases the engine's connections (and with them the database file).</summary>
    private protected abstract ValueTask CloseAsync();
}
