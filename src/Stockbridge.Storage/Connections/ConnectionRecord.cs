namespace Stockbridge.Storage.Connections;

/// <summary>
/// A configured instance of a connector for one client. <see cref="Secrets"/> are plain text in memory only:
/// the store encrypts them before they touch disk, and <see cref="ToString"/> never shows them.
/// </summary>
public sealed record ConnectionRecord
{
    /// <summary>The owning client.</summary>
    public required string ClientId { get; init; }
    /// <summary>Stable id, unique across all clients (it is in the webhook URL).</summary>
    public required string Id { get; init; }
    /// <summary>The connector's manifest key (e.g. <c>shopify</c>).</summary>
    public required string ConnectorKey { get; init; }
    /// <summary>Display name.</summary>
    public required string Name { get; init; }
    /// <summary>Non-secret settings by manifest key.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
    /// <summary>Secret settings by manifest key (decrypted).</summary>
    public IReadOnlyDictionary<string, string> Secrets { get; init; } = new Dictionary<string, string>();
    /// <summary>Whether the engine schedules work for it.</summary>
    public bool Enabled { get; init; } = true;
    /// <summary>
    /// The hub's own rules for this connection as a JSON object (projection rules for a channel, order rules for a
    /// source: see Stockbridge.Mapping). Not a secret; stored as given. Default: <c>{}</c> (all defaults).
    /// </summary>
    public string RulesJson { get; init; } = "{}";

    /// <summary>Settings and secrets together, as a connector receives them.</summary>
    public IReadOnlyDictionary<string, string> AllSettings()
    {
        var all = new Dictionary<string, string>(Settings, StringComparer.Ordinal);
        foreach (var (key, value) in Secrets) all[key] = value;
        return all;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Connection {Id} ({ConnectorKey}, client {ClientId}, {Settings.Count} settings, {Secrets.Count} secrets redacted)";
}
