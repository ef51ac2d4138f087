namespace Stockbridge.Sync.Jobs;

/// <summary>The payload of <c>channel.push</c> and <c>channel.push-stock</c>.</summary>
/// <param name="ProductCode">The hub product (source_product_code).</param>
/// <param name="Force">Push even when the projection hash equals the pushed hash (drift healing).</param>
/// <param name="Reason">Why the push was queued (changed, stock, order, drift, unpushed, stale).</param>
public sealed record ProductJobPayload(string ProductCode, bool Force = false, string? Reason = null);
