using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Magento2.Simulator.Wire;

/// <summary>A page of a search and the number of items matching.</summary>
public sealed record SearchResult(IReadOnlyList<JsonObject> Items, int TotalCount);
