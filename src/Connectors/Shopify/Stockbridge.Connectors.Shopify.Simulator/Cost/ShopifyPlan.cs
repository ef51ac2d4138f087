namespace Stockbridge.Connectors.Shopify.Simulator.Cost;

/// <summary>The shop's plan: sets the GraphQL restore rate (bucket = 20 × restore rate).</summary>
public enum ShopifyPlan
{
    /// <summary>100 points/s, 2000-point bucket.</summary>
    Standard,
    /// <summary>200 points/s, 4000-point bucket.</summary>
    Advanced,
    /// <summary>1000 points/s, 20000-point bucket.</summary>
    Plus,
}
