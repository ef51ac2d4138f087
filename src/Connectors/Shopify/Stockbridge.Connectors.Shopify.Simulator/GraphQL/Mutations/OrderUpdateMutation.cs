using GraphQL;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary><c>orderUpdate</c>: tags (replaced), note, email, metafields.</summary>
public static class OrderUpdateMutation
{
    public static GraphObject Resolve(IResolveFieldContext c, ShopState s)
    {
        var input = c.GetArgument<Dictionary<string, object?>>("input");
        var order = Gid.Parse(Input.Str(input, "id"), "Order") is { } id ? s.Orders.GetValueOrDefault(id) : null;
        if (order is null) return UserErrors.Payload("order", null, [UserErrors.Of("NOT_FOUND", "Order does not exist", "id")]);
        if (Input.Strings(input, "tags") is { } tags) order.Tags = tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        if (Input.Has(input, "note")) order.Note = Input.Str(input, "note");
        foreach (var m in Input.Objects(input, "metafields"))
        {
            m["ownerId"] = Gid.For("Order", order.Id);
            MetafieldsSetMutation.Upsert(s, m);
        }
        order.UpdatedAt = s.Now;
        s.AdminWrites++;
        s.Publish("orders/updated", RestPayloads.Order(order, s));
        return UserErrors.Payload("order", OrderViews.Order(order, s), []);
    }
}
