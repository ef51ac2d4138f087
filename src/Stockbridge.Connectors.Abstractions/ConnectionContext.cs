using Microsoft.Extensions.Logging;

namespace Stockbridge.Connectors;

/// <summary>
/// What a connector instance is given: the connection's identity and its settings (secrets already decrypted,
/// held in memory only), an HTTP client, the clock and a logger. Never log <see cref="Settings"/>.
/// </summary>
public sealed class ConnectionContext
{
    /// <summary>Creates a context.</summary>
    public ConnectionContext(
        string clientId,
        string connectionId,
        IReadOnlyDictionary<string, string> settings,
        HttpClient http,
        TimeProvider time,
        ILogger logger)
    {
        ClientId = clientId;
        ConnectionId = connectionId;
        Settings = settings;
        Http = http;
        Time = time;
        Logger = logger;
    }

    /// <summary>The client (tenant) the connection belongs to.</summary>
    public string ClientId { get; }
    /// <summary>The connection's id.</summary>
    public string ConnectionId { get; }
    /// <summary>Settings by manifest key; secrets are plain text here and nowhere else.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }
    /// <summary>An HTTP client for this connection.</summary>
    public HttpClient Http { get; }
    /// <summary>The clock; connectors never read the ambient clock.</summary>
    public TimeProvider Time { get; }
    /// <summary>A logger; never pass it a secret.</summary>
    public ILogger Logger { get; }

    /// <summary>A required setting, or a permanent error naming the missing key.</summary>
    public string Required(string key) =>
        Settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new Errors.PermanentConnectorException($"The connection's setting '{key}' is missing.");

    /// <summary>An optional setting, or its default.</summary>
    public string? Optional(string key, string? fallback = null) =>
        Settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : fallback;
}
