namespace Stockbridge.Connectors.ISync.Simulator.Endpoints;

/// <summary>What an iSync user changes on a stock item (admin route); null fields are left as they are.</summary>
/// <param name="SellingPrice">A new selling price.</param>
/// <param name="RetailSellingPrice">A new retail selling price.</param>
/// <param name="AvailableUnits">New available units.</param>
/// <param name="WebSale">A new WebSale value, typed as the user typed it (any text, so a mistyped value can be seeded).</param>
/// <param name="JobDescription">A new title.</param>
public sealed record ItemChange(decimal? SellingPrice = null, decimal? RetailSellingPrice = null, decimal? AvailableUnits = null, string? WebSale = null, string? JobDescription = null);
