namespace Stockbridge.Connectors.Channel;

/// <summary>The ids a channel gave a hub record (product id, variant and inventory item ids by SKU).</summary>
/// <param name="ExternalId">The channel's id for the record.</param>
/// <param name="Ids">Further ids by name (e.g. <c>variant:SKU1</c>, <c>inventory_item:SKU1</c>).</param>
public sealed record ChannelLink(string ExternalId, IReadOnlyDictionary<string, string> Ids);
