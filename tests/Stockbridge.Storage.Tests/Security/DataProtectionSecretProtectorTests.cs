using System.Security.Cryptography;
using Stockbridge.Storage.Security;

namespace Stockbridge.Storage.Tests.Security;

public sealed class DataProtectionSecretProtectorTests : IDisposable
{
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("stockbridge-keys-");

    public void Dispose() => _keys.Delete(recursive: true);

    [Fact]
    public void Protect_ThenUnprotect_RoundTripsAndHidesPlaintext()
    {
        var protector = DataProtectionSecretProtector.Create(_keys.FullName, SecretPurposes.ConnectionSecrets);

        var ciphertext = protector.Protect("hunter2-token");

        ciphertext.ShouldNotContain("hunter2");
        protector.Unprotect(ciphertext).ShouldBe("hunter2-token");
        DataProtectionSecretProtector.Create(_keys.FullName, SecretPurposes.ConnectionSecrets).Unprotect(ciphertext).ShouldBe("hunter2-token");
    }

    [Fact]
    public void Unprotect_OtherPurpose_Throws()
    {
        var protector = DataProtectionSecretProtector.Create(_keys.FullName, SecretPurposes.ConnectionSecrets);
        var ciphertext = protector.Protect("hunter2-token");

        Should.Throw<CryptographicException>(() => protector.ForPurpose("Stockbridge.Other").Unprotect(ciphertext));
    }
}
