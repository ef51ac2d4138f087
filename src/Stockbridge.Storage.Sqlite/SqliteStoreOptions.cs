namespace Stockbridge.Storage.Sqlite;

/// <summary>Where the embedded store keeps its data.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>The database file (created if missing), e.g. <c>/var/lib/stockbridge/hub.db</c>.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// The Data Protection key ring directory used when no <see cref="Security.ISecretProtector"/> is given.
    /// <value>Default: <c>&lt;Path&gt;.keys</c>, next to the database.</value>
    /// </summary>
    public string? KeysDirectory { get; init; }

    /// <summary>
    /// The operator key(s) the key ring is sealed with (AES-256-GCM). The hub always gives them; null leaves the ring
    /// unencrypted (tools and tests) and refuses a ring that is already sealed.
    /// <value>Default: null.</value>
    /// </summary>
    public Security.OperatorKeys? MasterKeys { get; init; }

    /// <summary>
    /// How long a write waits for another process's write lock before failing.
    /// <value>Default: 30 seconds.</value>
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The key ring directory actually used.</summary>
    public string ResolvedKeysDirectory => KeysDirectory ?? System.IO.Path.GetFullPath(Path) + ".keys";
}
