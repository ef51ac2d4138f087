namespace Stockbridge.Storage.Security;

/// <summary>Data Protection purpose strings: one per use, so a ciphertext made for one use never opens in another.</summary>
public static class SecretPurposes
{
    /// <summary>The secret settings of connections.</summary>
    public const string ConnectionSecrets = "Stockbridge.Storage.ConnectionSecrets.v1";
}
