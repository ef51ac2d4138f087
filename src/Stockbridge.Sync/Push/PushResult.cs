namespace Stockbridge.Sync.Push;

/// <summary>What a push job did (stored as its result).</summary>
/// <param name="ProductCode">The product.</param>
/// <param name="Outcome">pushed, stock_pushed, unchanged, skipped or missing.</param>
/// <param name="Status">The status pushed, if pushed, as its stored word (active, draft, archived, deleted: job results keep it).</param>
/// <param name="Hash">The projection hash.</param>
/// <param name="Quantities">The quantities pushed by SKU, if pushed.</param>
public sealed record PushResult(string ProductCode, string Outcome, string? Status = null, string? Hash = null, IReadOnlyDictionary<string, decimal>? Quantities = null);
