namespace Stockbridge.Sync.Reconcile;

/// <summary>One difference between what a channel holds and what the hub last pushed.</summary>
/// <param name="ProductCode">The product.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Detail">What differs, e.g. <c>qty: channel 7, hub 5</c>.</param>
public sealed record DriftFinding(string ProductCode, string Sku, string Detail);
