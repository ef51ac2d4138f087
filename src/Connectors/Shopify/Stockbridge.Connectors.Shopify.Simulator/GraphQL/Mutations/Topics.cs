namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary>Webhook topic names: GraphQL enum form (ORDERS_CREATE) and header form (orders/create).</summary>
public static class Topics
{
    public static string FromEnum(string value)
    {
        var lower = value.ToLowerInvariant();
        var split = lower.LastIndexOf('_');
        return lower.StartsWith("inventory_levels_", StringComparison.Ordinal) ? "inventory_levels/" + lower["inventory_levels_".Length..]
            : lower.StartsWith("bulk_operations_", StringComparison.Ordinal) ? "bulk_operations/" + lower["bulk_operations_".Length..]
            : split < 0 ? lower : lower[..split] + "/" + lower[(split + 1)..];
    }
}
