namespace Stockbridge.Hosting.Configuration;

/// <summary>One connection in the config file. Secret values may be given as <c>env:NAME</c> to read an environment variable.</summary>
public sealed record ConnectionConfig
{
    /// <summary>Stable id, unique across clients (it is in the webhook URL).</summary>
    public required string Id { get; init; }
    /// <summary>The connector's key (see <c>stockbridge connectors list</c>).</summary>
    public required string Connector { get; init; }
    /// <summary>Display name.</summary>
    public string? Name { get; init; }
    /// <summary>Whether the hub works on it.</summary>
    public bool Enabled { get; init; } = true;
    /// <summary>Settings by the connector manifest's keys, secrets included.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
    /// <summary>The hub's rules for this connection (projection rules for a channel, order rules for a source), as a JSON object.</summary>
    public System.Text.Json.JsonElement? Rules { get; init; }
}
