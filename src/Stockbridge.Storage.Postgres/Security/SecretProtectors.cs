using Stockbridge.Storage.Postgres.Infrastructure;
using Stockbridge.Storage.Security;

namespace Stockbridge.Storage.Postgres.Security;

/// <summary>Opens the store's key ring (a key directory when one is given, else the table) and the connection-secrets protector over it.</summary>
internal static class SecretProtectors
{
    public static KeyRing OpenKeyRing(PostgresStoreOptions options, PostgresDatabase database, TimeProvider time)
    {
        IKeyRingStorage storage = options.KeysDirectory is { } directory ? new DirectoryKeyRing(directory) : new PostgresXmlRepository(database, time);
        return new KeyRing(storage, options.MasterKeys);
    }

    public static (ISecretProtector Protector, IDisposable Owner) Create(KeyRing keyRing)
    {
        var (provider, owner) = keyRing.CreateProvider();
        return (new DataProtectionSecretProtector(provider, SecretPurposes.ConnectionSecrets), owner);
    }
}
