using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace Stockbridge.Storage.Security;

/// <summary>
/// A store's Data Protection key ring: where it is kept (<see cref="IKeyRingStorage"/>) and the operator keys that seal
/// it. The one place both stores, and the hub's own Data Protection (console cookies), are pointed at it. Before any
/// key is read the ring is brought under the current operator key (<see cref="KeyRingSealer"/>): stores do it right
/// after migrating, so a hub without the right key refuses to start.
/// </summary>
public sealed class KeyRing(IKeyRingStorage storage, OperatorKeys? keys) : IXmlRepository
{
    private readonly Lock _gate = new();
    private bool _sealed;

    /// <summary>Where the keys are.</summary>
    public IKeyRingStorage Storage { get; } = storage;
    /// <summary>The operator keys sealing the ring; null leaves it unencrypted (tools and tests only: the hub always gives one).</summary>
    public OperatorKeys? Keys { get; } = keys;

    /// <summary>What sealing did (keys re-encrypted), for the log; null when nothing changed or not yet sealed.</summary>
    public string? Notice { get; private set; }

    /// <summary>
    /// Seals keys left unencrypted or under the previous operator key (once; see <see cref="Notice"/>). Throws, saying
    /// what to set, when the ring is sealed with a key not given.
    /// </summary>
    public void EnsureSealed()
    {
        lock (_gate)
        {
            if (_sealed) return;
            Notice = KeyRingSealer.Seal(Storage, Keys);
            _sealed = true;
        }
    }

    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureSealed();
        return Storage.GetAllElements();
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName) => Storage.StoreElement(element, friendlyName);

    /// <summary>Persists <paramref name="builder"/>'s keys in this ring, sealed with the operator key.</summary>
    public void Configure(IDataProtectionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetApplicationName(DataProtectionSecretProtector.ApplicationName);
        if (Keys is not null) builder.Services.AddSingleton(Keys);
        builder.Services.Configure<KeyManagementOptions>(o =>
        {
            o.XmlRepository = this;
            if (Keys is not null) o.XmlEncryptor = new KeyRingEncryptor(Keys.Current);
        });
    }

    /// <summary>A Data Protection provider over this ring, and the service provider that owns it (dispose it with the store).</summary>
    public (IDataProtectionProvider Provider, IDisposable Owner) CreateProvider()
    {
        var services = new ServiceCollection();
        Configure(services.AddDataProtection());
        var owner = services.BuildServiceProvider();
        return (owner.GetRequiredService<IDataProtectionProvider>(), owner);
    }
}
