namespace Stockbridge.Storage.Security;

/// <summary>Encrypts secrets before they are stored and decrypts them when read.</summary>
public interface ISecretProtector
{
    /// <summary>The ciphertext of a secret.</summary>
    string Protect(string plaintext);
    /// <summary>The secret of a ciphertext; throws if it was not made by this protector's keys.</summary>
    string Unprotect(string ciphertext);
}
