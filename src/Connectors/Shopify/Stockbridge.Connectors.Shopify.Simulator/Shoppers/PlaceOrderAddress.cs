namespace Stockbridge.Connectors.Shopify.Simulator.Shoppers;

/// <summary>A delivery address given at checkout.</summary>
public sealed record PlaceOrderAddress(string Address1, string City, string Zip, string CountryCode = "ZA", string? Province = null, string? Phone = null);
