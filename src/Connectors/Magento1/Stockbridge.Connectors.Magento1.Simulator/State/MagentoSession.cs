namespace Stockbridge.Connectors.Magento1.Simulator.State;

/// <summary>An API session from <c>login</c>.</summary>
public sealed class MagentoSession
{
    /// <summary>The session id (32 hex characters, as Magento's).</summary>
    public required string Id { get; init; }
    /// <summary>The API user.</summary>
    public required string User { get; init; }
    /// <summary>When it was last used: it expires after the client session timeout without use.</summary>
    public DateTimeOffset LastUsed { get; set; }
}
