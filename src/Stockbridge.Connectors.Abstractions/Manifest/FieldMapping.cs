namespace Stockbridge.Connectors.Manifest;

/// <summary>One row of a field table: the outside system's field, the hub's field, and what it means.</summary>
/// <param name="External">The field or value in the outside system (e.g. <c>StockCode</c>, <c>'true'</c>).</param>
/// <param name="Stockbridge">The canonical field (e.g. <c>source_product_code</c>, <c>variants.qty</c>).</param>
/// <param name="Description">What the mapping does, for the merchant.</param>
public sealed record FieldMapping(string External, string Stockbridge, string Description);
