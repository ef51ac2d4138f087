using System.Globalization;
using Stockbridge.Connectors.Takealot.Simulator.State;

namespace Stockbridge.Connectors.Takealot.Simulator.Wire;

/// <summary>
/// Takealot's prefixed offer identifier: <c>ID123</c> (offer id), <c>BARCODE600…</c>, <c>SKUabc</c>; without a prefix it is
/// an offer id.
/// </summary>
public static class OfferIdentifier
{
    /// <summary>The offer the identifier names, or null.</summary>
    public static TakealotOffer? Find(TakealotState state, string identifier)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(identifier);
        if (identifier.StartsWith("SKU", StringComparison.Ordinal)) return state.BySku(identifier[3..]);
        if (identifier.StartsWith("BARCODE", StringComparison.Ordinal))
            return state.Offers.Find(o => o.Product.Barcode == identifier[7..]);
        var id = identifier.StartsWith("ID", StringComparison.Ordinal) ? identifier[2..] : identifier;
        return int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var offerId) ? state.Offers.Find(o => o.OfferId == offerId) : null;
    }
}
