namespace Stockbridge.Storage.Postgres;

/// <summary>Where the PostgreSQL store keeps its data.</summary>
public sealed record PostgresStoreOptions
{
    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Database=stockbridge;Username=hub;Password=…</c>.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>
    /// A Data Protection key ring directory for connection secrets, used when no <see cref="Storage.Security.ISecretProtector"/>
    /// is given. Every node must then see the same directory. Null keeps the key ring in the database itself
    /// (<c>data_protection_keys</c>), shared by every node, sealed with <see cref="MasterKeys"/>.
    /// <value>Default: null (key ring in the database).</value>
    /// </summary>
    public string? KeysDirectory { get; init; }

    /// <summary>
    /// The operator key(s) the key ring is sealed with (AES-256-GCM); every node gives the same. The hub always gives
    /// them; null leaves the ring unencrypted (tools and tests) and refuses a ring that is already sealed.
    /// <value>Default: null.</value>
    /// </summary>
    public Storage.Security.OperatorKeys? MasterKeys { get; init; }
}
