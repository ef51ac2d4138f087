using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Stockbridge.Storage.Security;

/// <summary>Opens what <see cref="KeyRingEncryptor"/> sealed, with the <see cref="OperatorKeys"/> the store was opened with.</summary>
public sealed class KeyRingDecryptor : IXmlDecryptor
{
    private readonly OperatorKeys? _keys;

    /// <summary>Data Protection makes decryptors from the type named in the ring, passing its services.</summary>
    public KeyRingDecryptor(IServiceProvider services) => _keys = services?.GetService<OperatorKeys>();

    /// <summary>A decryptor over <paramref name="keys"/>.</summary>
    public KeyRingDecryptor(OperatorKeys keys) => _keys = keys;

    /// <inheritdoc />
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var fingerprint = (string?)encryptedElement.Attribute("key") ?? "";
        if (_keys is null)
            throw new CryptographicException($"The key ring is encrypted with operator key {fingerprint} and no operator key is given: set {OperatorKey.EnvironmentVariable}.");
        var key = _keys.Find(fingerprint)
            ?? throw new CryptographicException(
                $"The key ring is encrypted with operator key {fingerprint}, not with the key given ({_keys.Current.Fingerprint}): set {OperatorKey.EnvironmentVariable} to the key the ring was encrypted with.");
        var plaintext = key.Open(
            Convert.FromBase64String((string?)encryptedElement.Attribute("nonce") ?? ""),
            Convert.FromBase64String((string?)encryptedElement.Attribute("tag") ?? ""),
            Convert.FromBase64String(encryptedElement.Value),
            KeyRingEncryptor.AssociatedData);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
