namespace Stockbridge.Connectors.Source;

/// <summary>An order as the source holds it: its value ex tax and its lines.</summary>
/// <param name="SourceOrderCode">The source's order number.</param>
/// <param name="Lines">Its lines, in order.</param>
public sealed record SourceOrderValue(string SourceOrderCode, IReadOnlyList<SourceOrderLine> Lines)
{
    /// <summary>The order's value ex tax: the sum of its lines.</summary>
    public decimal Value => Lines.Sum(l => l.Value);
}
