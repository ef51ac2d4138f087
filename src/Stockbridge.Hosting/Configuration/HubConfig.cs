namespace Stockbridge.Hosting.Configuration;

/// <summary>The hub's config file (JSON): where the store is, where it listens, and the clients with their connections.</summary>
public sealed record HubConfig
{
    /// <summary>
    /// The store: a SQLite file path (relative paths are relative to the config file), or a PostgreSQL connection string
    /// (<c>Host=…;Database=…</c>). Default: <c>stockbridge.db</c> beside the config file.
    /// </summary>
    public string Store { get; init; } = "stockbridge.db";
    /// <summary>The URL the hub listens on (webhooks, API, console). Loopback by default.</summary>
    public string Listen { get; init; } = "http://127.0.0.1:5080";
    /// <summary>Concurrent job slots in this process.</summary>
    public int Workers { get; init; } = 16;
    /// <summary>The operator's allow-list of local files and private networks, and the key ring's key.</summary>
    public HostingConfig Hosting { get; init; } = new();
    /// <summary>Clients (tenants) and their connections.</summary>
    public IReadOnlyList<ClientConfig> Clients { get; init; } = [];
}
