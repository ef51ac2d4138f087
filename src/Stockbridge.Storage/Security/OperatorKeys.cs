namespace Stockbridge.Storage.Security;

/// <summary>
/// The operator key the key ring is encrypted with, and (while rotating) the previous one: a ring still under the
/// previous key is re-encrypted under the current one when the store opens.
/// </summary>
/// <param name="Current">The key new and re-encrypted keys are sealed with.</param>
/// <param name="Previous">The key being rotated out, or null.</param>
public sealed record OperatorKeys(OperatorKey Current, OperatorKey? Previous = null)
{
    /// <summary>The key with this fingerprint, or null.</summary>
    public OperatorKey? Find(string fingerprint) =>
        Current.Fingerprint == fingerprint ? Current : Previous?.Fingerprint == fingerprint ? Previous : null;

    /// <summary>
    /// The keys from <paramref name="keyFile"/> (when given) or <see cref="OperatorKey.EnvironmentVariable"/>, plus
    /// <see cref="OperatorKey.PreviousEnvironmentVariable"/>; null when none is given.
    /// </summary>
    public static OperatorKeys? Resolve(string? keyFile, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        OperatorKey? current = null;
        if (keyFile is not null)
        {
            if (!File.Exists(keyFile)) throw new KeyRingException($"The operator key file '{keyFile}' (hosting.master_key_file) does not exist.");
            current = OperatorKey.FromText(File.ReadAllText(keyFile), $"the file '{keyFile}'");
        }
        else if (environment(OperatorKey.EnvironmentVariable) is { Length: > 0 } text)
        {
            current = OperatorKey.FromText(text, OperatorKey.EnvironmentVariable);
        }
        if (current is null) return null;
        var previous = environment(OperatorKey.PreviousEnvironmentVariable) is { Length: > 0 } old
            ? OperatorKey.FromText(old, OperatorKey.PreviousEnvironmentVariable)
            : null;
        return new OperatorKeys(current, previous);
    }

    /// <summary>Writes a new random key to <paramref name="path"/>, readable by the owner only, and returns it.</summary>
    public static OperatorKeys CreateKeyFile(string path)
    {
        var text = OperatorKey.Generate();
        OwnerOnlyFiles.WriteAllText(path, text);
        return new OperatorKeys(OperatorKey.FromText(text, $"the file '{path}'"));
    }
}
