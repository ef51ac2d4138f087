namespace Stockbridge.Storage.Security;

/// <summary>Encrypts secrets before they are stored and decrypts them when read, per client (tenant).</summary>
public interface ISecretProtector
{
    /// <summary>The ciphertext of a secret of <paramref name="clientId"/>; only that client's purpose opens it.</summary>
    string Protect(string clientId, string plaintext);
    /// <summary>The secret of a ciphertext of <paramref name="clientId"/>; throws if it was not made by this protector's keys for that client.</summary>
    string Unprotect(string clientId, string ciphertext);
}
