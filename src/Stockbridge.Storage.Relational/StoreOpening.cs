using Stockbridge.Storage.Security;

namespace Stockbridge.Storage.Relational;

/// <summary>What both engines do when a store is migrated, and when it is opened already migrated.</summary>
internal static class StoreOpening
{
    /// <summary>Applies the migrations, then seals the key ring under the operator key (see <see cref="KeyRing.EnsureSealed"/>).</summary>
    public static async Task<MigrationReport> MigrateAsync(Func<CancellationToken, Task<MigrationReport>> migrate, KeyRing keyRing, CancellationToken cancellationToken)
    {
        var report = await migrate(cancellationToken);
        keyRing.EnsureSealed();
        return report;
    }

    /// <summary>Migrates a store just opened; a store that fails to migrate is disposed, not handed out.</summary>
    public static async Task<TStore> MigratedAsync<TStore>(TStore store, CancellationToken cancellationToken) where TStore : IStore
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
}
