using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Takealot.Simulator.State;

namespace Stockbridge.Connectors.Takealot.Simulator.Wire;

/// <summary>
/// Creates an offer on a catalogue product (the barcode must be in Takealot's catalogue: E2 otherwise; the SKU must be new:
/// E6). With <see cref="TakealotState.ListUnknownSkus"/> an offer written by SKU alone is taken as one the seller listed in the
/// Seller Portal, on a catalogue product with an <c>MPTAL…</c> placeholder barcode.
/// </summary>
public static class OfferCreator
{
    /// <summary>The new offer and no errors, or no offer and why (the caller holds the state's lock).</summary>
    public static (TakealotOffer? Offer, IReadOnlyList<JsonObject> Errors) Create(TakealotState state, string? barcode, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(body);
        var sku = body["sku"]?.GetValue<string>();
        CatalogueProduct? product;
        if (barcode is not null)
        {
            if (!state.Catalogue.TryGetValue(barcode, out product)) return (null, [ValidationErrors.BarcodeNotInCatalogue(barcode)]);
        }
        else if (sku is not null && state.ListUnknownSkus)
        {
            var placeholder = "MPTAL" + state.NextNumber().ToString(CultureInfo.InvariantCulture);
            product = new CatalogueProduct(placeholder, state.NextNumber(), "Listed offer " + sku);
            state.Catalogue[placeholder] = product;
        }
        else return (null, [ValidationErrors.OfferNotFound(sku is null ? "(no identifier)" : "SKU" + sku)]);
        if (sku is null) return (null, [ValidationErrors.OfferNotFound("BARCODE" + barcode + " (a new offer needs a sku)")]);
        if (state.BySku(sku) is not null) return (null, [ValidationErrors.SkuExists(sku)]);
        if (state.Offers.Any(o => o.Product == product)) return (null, [ValidationErrors.SkuExists(sku)]);
        var offer = new TakealotOffer { OfferId = state.NextNumber(), Product = product, Sku = sku, DateCreated = state.Time.GetUtcNow() };
        var errors = OfferWriter.Apply(state, offer, body);
        if (errors.Count > 0) return (null, errors);
        state.Offers.Add(offer);
        return (offer, []);
    }
}
