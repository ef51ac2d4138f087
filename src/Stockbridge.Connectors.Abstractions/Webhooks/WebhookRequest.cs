namespace Stockbridge.Connectors.Webhooks;

/// <summary>A webhook delivery as received: the exact body bytes and the headers (names lowercase).</summary>
/// <param name="Body">The raw body bytes, unparsed.</param>
/// <param name="Headers">Headers by lowercase name.</param>
public sealed record WebhookRequest(ReadOnlyMemory<byte> Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>A header's value by name (any case), or null.</summary>
    public string? Header(string name) =>
        Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
