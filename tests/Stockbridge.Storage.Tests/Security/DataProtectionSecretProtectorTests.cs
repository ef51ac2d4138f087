using System.Security.Cryptography;
using Stockbridge.Storage.Security;

namespace Stockbridge.Storage.Tests.Security;

public sealed class DataProtectionSecretProtectorTests : IDisposable
{
    private static readonly OperatorKeys MasterKeys = new(OperatorKey.FromText(OperatorKey.Generate(), "a test key"));
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("stockbridge-keys-");
    private readonly List<IDisposable> _owners = [];

    public void Dispose()
    {
        foreach (var owner in _owners) owner.Dispose();
        _keys.Delete(recursive: true);
    }

    [Fact]
    public void Protect_ThenUnprotect_RoundTripsAndHidesPlaintext()
    {
        var protector = Create();

        var ciphertext = protector.Protect("acme", "hunter2-token");

        ciphertext.ShouldNotContain("hunter2");
        protector.Unprotect("acme", ciphertext).ShouldBe("hunter2-token");
        Create().Unprotect("acme", ciphertext).ShouldBe("hunter2-token");
    }

    [Fact]
    public void Unprotect_OtherPurpose_Throws()
    {
        var protector = Create();
        var ciphertext = protector.Protect("acme", "hunter2-token");

        Should.Throw<CryptographicException>(() => protector.ForPurpose("Stockbridge.Other").Unprotect("acme", ciphertext));
    }

    [Fact]
    public void Unprotect_AnotherClientsSecret_Throws()
    {
        var protector = Create();
        var ciphertext = protector.Protect("client-a", "a's erp password");

        Should.Throw<CryptographicException>(() => protector.Unprotect("client-b", ciphertext));
        protector.Unprotect("client-a", ciphertext).ShouldBe("a's erp password");
    }

    private DataProtectionSecretProtector Create()
    {
        var (provider, owner) = new KeyRing(new DirectoryKeyRing(_keys.FullName), MasterKeys).CreateProvider();
        _owners.Add(owner);
        return new DataProtectionSecretProtector(provider, SecretPurposes.ConnectionSecrets);
    }
}
