namespace Stockbridge.Connectors.Takealot.Simulator.State;

/// <summary>A product in Takealot's catalogue, which offers are made against (sellers cannot write its title).</summary>
/// <param name="Barcode">Its barcode (GTIN), or an <c>MPTAL…</c> placeholder for a product listed without one.</param>
/// <param name="TsinId">Takealot's product id.</param>
/// <param name="Title">The catalogue's title.</param>
public sealed record CatalogueProduct(string Barcode, int TsinId, string Title);
