namespace Stockbridge.Sync.Orders;

/// <summary>What an <c>order.raise</c> job did (stored as its result).</summary>
/// <param name="OrderKey">The hub order.</param>
/// <param name="SourceOrderCode">The source's order number.</param>
/// <param name="How">raised, found (an earlier attempt had raised it) or already_raised.</param>
public sealed record RaiseResult(string OrderKey, string SourceOrderCode, string How);
