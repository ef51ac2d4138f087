using Stockbridge.Storage.Postgres.Infrastructure;
using Stockbridge.Storage.Security;

namespace Stockbridge.Storage.Postgres.Security;

/// <summary>Opens the store's key ring: a key directory when one is given, else the table.</summary>
internal static class KeyRings
{
    public static KeyRing Open(PostgresStoreOptions options, PostgresDatabase database, TimeProvider time)
    {
        IKeyRingStorage storage = options.KeysDirectory is { } directory ? new DirectoryKeyRing(directory) : new PostgresXmlRepository(database, time);
        return new KeyRing(storage, options.MasterKeys);
    }
}
