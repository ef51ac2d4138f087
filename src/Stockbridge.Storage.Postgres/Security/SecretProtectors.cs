using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Storage.Postgres.Infrastructure;
using Stockbridge.Storage.Security;

namespace Stockbridge.Storage.Postgres.Security;

/// <summary>Makes the connection-secrets protector: a key directory when one is given, else the key ring in the database.</summary>
internal static class SecretProtectors
{
    public static (ISecretProtector Protector, IDisposable? Owner) Create(PostgresStoreOptions options, PostgresDatabase database, TimeProvider time)
    {
        if (options.KeysDirectory is { } directory)
            return (DataProtectionSecretProtector.Create(directory, SecretPurposes.ConnectionSecrets), null);

        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName(DataProtectionSecretProtector.ApplicationName);
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new PostgresXmlRepository(database, time));
        var provider = services.BuildServiceProvider();
        var protector = new DataProtectionSecretProtector(provider.GetRequiredService<IDataProtectionProvider>(), SecretPurposes.ConnectionSecrets);
        return (protector, provider);
    }
}
