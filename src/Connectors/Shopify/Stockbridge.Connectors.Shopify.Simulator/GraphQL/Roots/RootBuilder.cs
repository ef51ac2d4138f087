using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Roots;

/// <summary>The root object a request executes against: query fields and mutation fields over the shop's state.</summary>
public static class RootBuilder
{
    public static GraphObject Build(ShopState s, ShopInfo shop, ApiVersion version)
    {
        var root = new GraphObject();
        QueryRoot.AddTo(root, s, shop);
        root.WithArgs("productSet", c => ProductSetMutation.Resolve(c, s));
        root.WithArgs("productVariantsBulkUpdate", c => ProductVariantsBulkUpdateMutation.Resolve(c, s));
        root.WithArgs("inventorySetQuantities", c => InventorySetQuantitiesMutation.Resolve(c, s, version));
        root.WithArgs("metafieldsSet", c => MetafieldsSetMutation.Resolve(c, s));
        root.WithArgs("orderUpdate", c => OrderUpdateMutation.Resolve(c, s));
        root.WithArgs("fulfillmentCreate", c => FulfillmentCreateMutation.Resolve(c, s));
        root.WithArgs("webhookSubscriptionCreate", c => WebhookSubscriptionMutations.Create(c, s));
        root.WithArgs("webhookSubscriptionDelete", c => WebhookSubscriptionMutations.Delete(c, s));
        root.WithArgs("stagedUploadsCreate", c => StagedUploadsCreateMutation.Resolve(c, s));
        root.WithArgs("bulkOperationRunMutation", c => BulkOperationRunMutation.Resolve(c, s, version));
        return root;
    }
}
