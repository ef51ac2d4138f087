namespace Stockbridge.Connectors.Source;

/// <summary>What a change or cancellation did in the source, for people to read, and the order's value ex tax afterwards.</summary>
/// <param name="Summary">E.g. "line 2 (SKU-1) 3 → 1; freight removed".</param>
/// <param name="ValueBefore">The order's value ex tax before.</param>
/// <param name="ValueAfter">The order's value ex tax after (0 once cancelled).</param>
public sealed record OrderChangeResult(string Summary, decimal ValueBefore, decimal ValueAfter);
