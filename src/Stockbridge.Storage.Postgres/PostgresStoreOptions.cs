namespace Stockbridge.Storage.Postgres;

/// <summary>Where the PostgreSQL store keeps its data.</summary>
public sealed record PostgresStoreOptions
{
    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Database=stockbridge;Username=hub;Password=…</c>.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>
    /// A Data Protection key ring directory for connection secrets, used when no <see cref="Storage.Security.ISecretProtector"/>
    /// is given. Every node must then see the same directory. Null keeps the key ring in the database itself
    /// (<c>data_protection_keys</c>), shared by every node; anyone who can read the whole database can then decrypt the secrets.
    /// <value>Default: null (key ring in the database).</value>
    /// </summary>
    public string? KeysDirectory { get; init; }
}
