using Microsoft.AspNetCore.DataProtection;

namespace Stockbridge.Storage.Security;

/// <summary>
/// <see cref="ISecretProtector"/> on ASP.NET Core Data Protection (authenticated encryption, rotating keys).
/// The key ring lives in a directory (by default next to the database); whoever can read it can decrypt the secrets,
/// so it is created readable by the owner only where the OS allows.
/// </summary>
public sealed class DataProtectionSecretProtector : ISecretProtector
{
    /// <summary>The application name the key ring is isolated under.</summary>
    public const string ApplicationName = "Stockbridge";

    private readonly IDataProtectionProvider _provider;
    private readonly IDataProtector _protector;

    /// <summary>A protector for <paramref name="purpose"/> over <paramref name="provider"/>'s keys.</summary>
    public DataProtectionSecretProtector(IDataProtectionProvider provider, string purpose)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        _provider = provider;
        _protector = provider.CreateProtector(purpose);
    }

    /// <summary>A protector whose key ring is persisted in <paramref name="keysDirectory"/> (created if missing).</summary>
    public static DataProtectionSecretProtector Create(string keysDirectory, string purpose)
    {
        var directory = new DirectoryInfo(keysDirectory);
        if (!directory.Exists)
        {
            directory = OperatingSystem.IsWindows()
                ? Directory.CreateDirectory(keysDirectory)
                : Directory.CreateDirectory(keysDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var provider = DataProtectionProvider.Create(directory, builder => builder.SetApplicationName(ApplicationName));
        return new DataProtectionSecretProtector(provider, purpose);
    }

    /// <summary>A protector over the same keys for another use.</summary>
    public DataProtectionSecretProtector ForPurpose(string purpose) => new(_provider, purpose);

    /// <inheritdoc />
    public string Protect(string plaintext) => _protector.Protect(plaintext);

    /// <inheritdoc />
    public string Unprotect(string ciphertext) => _protector.Unprotect(ciphertext);
}
