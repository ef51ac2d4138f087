namespace Stockbridge.Hosting.Configuration;

/// <summary>One client (merchant) in the config file.</summary>
public sealed record ClientConfig
{
    /// <summary>Stable id (lowercase letters, digits, dashes).</summary>
    public required string Id { get; init; }
    /// <summary>Display name.</summary>
    public string? Name { get; init; }
    /// <summary>The client's connections.</summary>
    public IReadOnlyList<ConnectionConfig> Connections { get; init; } = [];
}
