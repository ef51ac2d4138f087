using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Stockbridge.Storage.Security;

/// <summary>
/// <see cref="ISecretProtector"/> on ASP.NET Core Data Protection (authenticated encryption, rotating keys), with one
/// purpose per client: <c>CreateProtector(purpose, clientId)</c>, so a ciphertext of client A never opens as client B.
/// The key ring itself is sealed with the operator key (<see cref="KeyRing"/>).
/// </summary>
public sealed class DataProtectionSecretProtector : ISecretProtector
{
    /// <summary>The application name the key ring is isolated under.</summary>
    public const string ApplicationName = "Stockbridge";

    private readonly IDataProtectionProvider _provider;
    private readonly string _purpose;

    /// <summary>A protector for <paramref name="purpose"/> over <paramref name="provider"/>'s keys.</summary>
    public DataProtectionSecretProtector(IDataProtectionProvider provider, string purpose)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        _provider = provider;
        _purpose = purpose;
    }

    /// <summary>A protector over the same keys for another use.</summary>
    public DataProtectionSecretProtector ForPurpose(string purpose) => new(_provider, purpose);

    /// <inheritdoc />
    public string Protect(string clientId, string plaintext) => ForClient(clientId).Protect(plaintext);

    /// <inheritdoc />
    public string Unprotect(string clientId, string ciphertext)
    {
        try
        {
            return ForClient(clientId).Unprotect(ciphertext);
        }
        catch (CryptographicException)
        {
            // Written before secrets had per-client purposes; re-protected per client the next time the connection is saved.
            return _provider.CreateProtector(_purpose).Unprotect(ciphertext);
        }
    }

    private IDataProtector ForClient(string clientId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        return _provider.CreateProtector(_purpose, clientId);
    }
}
