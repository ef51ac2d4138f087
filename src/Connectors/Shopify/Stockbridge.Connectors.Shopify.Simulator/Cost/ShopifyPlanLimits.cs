namespace Stockbridge.Connectors.Shopify.Simulator.Cost;

/// <summary>Restore rates and names per plan, from shopify.dev's GraphQL Admin rate-limit page.</summary>
public static class ShopifyPlanLimits
{
    public static double RestoreRate(ShopifyPlan plan) => plan switch
    {
        ShopifyPlan.Advanced => 200,
        ShopifyPlan.Plus => 1000,
        _ => 100,
    };

    public static double BucketSize(ShopifyPlan plan) => RestoreRate(plan) * 20;

    public static string DisplayName(ShopifyPlan plan) => plan switch
    {
        ShopifyPlan.Advanced => "Advanced",
        ShopifyPlan.Plus => "Shopify Plus",
        _ => "Basic",
    };
}
