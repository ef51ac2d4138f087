using System.Xml.Linq;

namespace Stockbridge.Storage.Security;

/// <summary>
/// Brings a key ring under the current operator key when a store opens: keys left unencrypted (by a version before
/// encryption at rest) and keys sealed with the previous operator key (rotation) are sealed again with the current one.
/// Refuses, with what to do, a ring it cannot read: sealed keys and no operator key, or sealed with another key.
/// </summary>
public static class KeyRingSealer
{
    private const string DataProtectionNamespace = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = XName.Get("requiresEncryption", DataProtectionNamespace);
    private static readonly XName EncryptedSecret = XName.Get("encryptedSecret", DataProtectionNamespace);

    /// <summary>Re-seals what needs it; returns what it did for the log (null when nothing changed).</summary>
    public static string? Seal(IKeyRingStorage storage, OperatorKeys? keys)
    {
        ArgumentNullException.ThrowIfNull(storage);
        int plain = 0, rotated = 0;
        foreach (var (name, element) in storage.ReadNamed())
        {
            var changed = false;
            foreach (var secret in element.Descendants(EncryptedSecret).ToList())
            {
                var sealedElement = secret.Element(KeyRingEncryptor.SealedElement);
                var fingerprint = (string?)sealedElement?.Attribute("key");
                if (keys is null)
                    throw new KeyRingException(
                        $"The key ring in {storage.Location} is encrypted with an operator key and none is given: set {OperatorKey.EnvironmentVariable} (or hosting.master_key_file) to it.");
                if (sealedElement is null || fingerprint == keys.Current.Fingerprint) continue;
                if (keys.Find(fingerprint ?? "") is null)
                    throw new KeyRingException(
                        $"The key ring in {storage.Location} is encrypted with operator key {fingerprint}, not with the key given ({keys.Current.Fingerprint}); "
                        + $"give that key, or while rotating give it as {OperatorKey.PreviousEnvironmentVariable}.");
                secret.ReplaceWith(SealedSecret(new KeyRingDecryptor(keys).Decrypt(sealedElement), keys.Current));
                rotated++;
                changed = true;
            }
            if (keys is not null)
            {
                foreach (var secret in element.Descendants().Where(e => (string?)e.Attribute(RequiresEncryption) == "true").ToList())
                {
                    secret.ReplaceWith(SealedSecret(secret, keys.Current));
                    plain++;
                    changed = true;
                }
            }
            if (changed) storage.Replace(name, element);
        }
        if (plain == 0 && rotated == 0) return null;
        return $"Key ring in {storage.Location}: {plain} unencrypted key(s) and {rotated} key(s) under the previous operator key are now encrypted with operator key {keys!.Current.Fingerprint}.";
    }

    private static XElement SealedSecret(XElement secret, OperatorKey key)
    {
        var info = new KeyRingEncryptor(key).Encrypt(secret);
        return new XElement(EncryptedSecret, new XAttribute("decryptorType", info.DecryptorType.AssemblyQualifiedName!), info.EncryptedElement);
    }
}
