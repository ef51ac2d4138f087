namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Roots;

/// <summary>The shop's identity and plan, as the <c>shop</c> query shows it.</summary>
public sealed record ShopInfo(string Domain, string Name, string PlanName, string Currency = "ZAR");
