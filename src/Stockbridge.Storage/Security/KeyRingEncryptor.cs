using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Stockbridge.Storage.Security;

/// <summary>
/// Seals a Data Protection key's secret with the operator key (AES-256-GCM): the ring holds
/// <c>&lt;sealed key="fingerprint" nonce=".." tag=".."&gt;ciphertext&lt;/sealed&gt;</c>, opened by <see cref="KeyRingDecryptor"/>.
/// </summary>
public sealed class KeyRingEncryptor(OperatorKey key) : IXmlEncryptor
{
    internal static readonly XName SealedElement = "sealed";
    internal static readonly byte[] AssociatedData = "Stockbridge key ring secret v1"u8.ToArray();

    /// <inheritdoc />
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var (nonce, tag, ciphertext) = key.Seal(Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting)), AssociatedData);
        var sealedElement = new XElement(SealedElement,
            new XAttribute("key", key.Fingerprint),
            new XAttribute("nonce", Convert.ToBase64String(nonce)),
            new XAttribute("tag", Convert.ToBase64String(tag)),
            Convert.ToBase64String(ciphertext));
        return new EncryptedXmlInfo(sealedElement, typeof(KeyRingDecryptor));
    }
}
