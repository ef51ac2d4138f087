using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Magento2.Products;

/// <summary>One write of a step: the push it belongs to, the SKU of its route and its body.</summary>
public sealed record WriteItem(int Push, string Sku, JsonObject Body);
