namespace Stockbridge.Connectors.Source;

/// <summary>
/// A source that can say what value its own orders hold: the reconcile sweep compares each raised order's value in the source
/// with what the channel charged, so a cent that goes missing between them is seen.
/// </summary>
public interface ISupportsOrderValues
{
    /// <summary>The orders' values ex tax, with their lines, as the source holds them now; an order the source lacks is left out.</summary>
    Task<IReadOnlyList<SourceOrderValue>> ReadOrderValuesAsync(IReadOnlyCollection<string> sourceOrderCodes, CancellationToken cancellationToken);
}
