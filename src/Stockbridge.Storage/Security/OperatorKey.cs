using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Storage.Security;

/// <summary>
/// The operator's key that encrypts the Data Protection key ring at rest (AES-256-GCM under a key derived with HKDF).
/// It never lives in the store: it comes from the environment or a file the operator keeps, so a copy of the store
/// (folder or database) decrypts nothing without it.
/// </summary>
public sealed class OperatorKey
{
    /// <summary>The environment variable the hub reads the key from when its config names no key file.</summary>
    public const string EnvironmentVariable = "STOCKBRIDGE_MASTER_KEY";
    /// <summary>The environment variable holding the previous key while the ring is re-encrypted under a new one.</summary>
    public const string PreviousEnvironmentVariable = "STOCKBRIDGE_PREVIOUS_MASTER_KEY";
    /// <summary>The fewest characters a key may have (a generated key is 44: 32 random bytes in base64).</summary>
    public const int MinimumLength = 32;

    private static readonly byte[] Salt = Encoding.UTF8.GetBytes("Stockbridge.KeyRing.v1");
    private readonly byte[] _key;

    private OperatorKey(byte[] key, string fingerprint)
    {
        _key = key;
        Fingerprint = fingerprint;
    }

    /// <summary>A short public name of the key (not the key): which key a ring was encrypted with, for messages and logs.</summary>
    public string Fingerprint { get; }

    /// <summary>The key from its text; throws naming <paramref name="source"/> when it is too short to be a key.</summary>
    public static OperatorKey FromText(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length < MinimumLength)
            throw new KeyRingException(
                $"The operator key from {source} has {trimmed.Length} characters; it needs at least {MinimumLength}. Generate one with `openssl rand -base64 32`.");
        var material = Encoding.UTF8.GetBytes(trimmed);
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, material, 32, Salt, "aes-256-gcm key ring"u8.ToArray());
        var fingerprint = Convert.ToHexStringLower(HKDF.DeriveKey(HashAlgorithmName.SHA256, material, 6, Salt, "fingerprint"u8.ToArray()));
        return new OperatorKey(key, fingerprint);
    }

    /// <summary>A new random key's text (32 bytes, base64).</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Encrypts <paramref name="plaintext"/>; the result is nonce, tag and ciphertext.</summary>
    internal (byte[] Nonce, byte[] Tag, byte[] Ciphertext) Seal(byte[] plaintext, byte[] associatedData)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var ciphertext = new byte[plaintext.Length];
        using var aes = new AesGcm(_key, tag.Length);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, associatedData);
        return (nonce, tag, ciphertext);
    }

    /// <summary>Decrypts what <see cref="Seal"/> made; throws <see cref="CryptographicException"/> when it was altered.</summary>
    internal byte[] Open(byte[] nonce, byte[] tag, byte[] ciphertext, byte[] associatedData)
    {
        var plaintext = new byte[ciphertext.Length];
        using var aes = new AesGcm(_key, tag.Length);
        aes.Decrypt(nonce, ciphertext, tag, plaintext, associatedData);
        return plaintext;
    }
}
