using System.Collections.Immutable;

namespace Stockbridge.Connectors.ISync.Products;

/// <summary>One row of the product listing: one SKU with its warehouse's prices and units, as read (WebSale not yet judged).</summary>
/// <param name="JobProductId">The group the SKU belongs to (the product).</param>
/// <param name="Sku">The item code.</param>
/// <param name="JobDescription">The title.</param>
/// <param name="RetailSellingPrice">The retail selling price ex VAT, or null when absent.</param>
/// <param name="SellingPrice">The selling price ex VAT, or null when absent.</param>
/// <param name="AvailableUnits">Units available, or null when absent.</param>
/// <param name="WebSale">The WebSale value as typed in iSync.</param>
/// <param name="Options">Option name and value pairs, in order.</param>
/// <param name="ModifiedDate">When the row last changed, as iSync wrote it (passed back verbatim in the cursor).</param>
/// <param name="Modified">The same, parsed.</param>
public sealed record ISyncProductRow(
    string JobProductId,
    string Sku,
    string JobDescription,
    decimal? RetailSellingPrice,
    decimal? SellingPrice,
    decimal? AvailableUnits,
    string WebSale,
    ImmutableArray<KeyValuePair<string, string>> Options,
    string ModifiedDate,
    DateTimeOffset Modified);
