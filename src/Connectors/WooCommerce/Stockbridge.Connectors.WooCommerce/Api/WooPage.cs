using System.Text.Json;

namespace Stockbridge.Connectors.WooCommerce.Api;

/// <summary>One page of a list: its JSON array and whether WooCommerce said there is a next page.</summary>
/// <param name="Items">The page's JSON (an array).</param>
/// <param name="HasNext">True when X-WP-TotalPages is above this page or the Link header has rel="next".</param>
public sealed record WooPage(JsonElement Items, bool HasNext);
