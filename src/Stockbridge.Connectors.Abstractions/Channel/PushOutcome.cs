namespace Stockbridge.Connectors.Channel;

/// <summary>What happened to one record of a push batch.</summary>
/// <param name="Key">The record's key (source product code or SKU).</param>
/// <param name="Link">The channel's ids after the push, when it succeeded.</param>
/// <param name="Error">Why this record was rejected (a permanent, per-record error), or null.</param>
public sealed record PushOutcome(string Key, ChannelLink? Link, string? Error = null)
{
    /// <summary>True when the record was written.</summary>
    public bool Succeeded => Error is null;
}
