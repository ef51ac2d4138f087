namespace Stockbridge.Connectors.WooCommerce.Simulator.State;

/// <summary>One <c>meta_data</c> entry of a product, variation or order.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="Key">Its key.</param>
/// <param name="Value">Its value (kept as sent: string, number or object).</param>
public sealed record WooMeta(int Id, string Key, System.Text.Json.Nodes.JsonNode? Value);
