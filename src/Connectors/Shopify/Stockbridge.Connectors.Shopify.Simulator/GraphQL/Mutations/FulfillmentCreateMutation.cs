using GraphQL;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary><c>fulfillmentCreate</c>: ships lines of one order's fulfillment orders, with tracking.</summary>
public static class FulfillmentCreateMutation
{
    public static GraphObject Resolve(IResolveFieldContext c, ShopState s)
    {
        var input = c.GetArgument<Dictionary<string, object?>>("fulfillment");
        var errors = new List<GraphObject>();
        var picks = new List<(SimOrder Order, SimFulfillmentOrder Fo, SimFulfillmentOrderLine Line, int Qty)>();
        foreach (var (group, i) in Input.Objects(input, "lineItemsByFulfillmentOrder").Select((g, i) => (g, i)))
        {
            var foId = Gid.Parse(Input.Str(group, "fulfillmentOrderId"), "FulfillmentOrder");
            var order = s.Orders.Values.FirstOrDefault(o => o.FulfillmentOrders.Any(f => f.Id == foId));
            var fo = order?.FulfillmentOrders.First(f => f.Id == foId);
            if (order is null || fo is null) { errors.Add(UserErrors.Of("NOT_FOUND", "Fulfillment order does not exist.", "fulfillment", "lineItemsByFulfillmentOrder", i)); continue; }
            if (fo.Status != "OPEN") { errors.Add(UserErrors.Of("INVALID", $"Fulfillment order is {fo.Status}.", "fulfillment", "lineItemsByFulfillmentOrder", i)); continue; }
            var lines = Input.Objects(group, "fulfillmentOrderLineItems");
            if (lines.Count == 0) picks.AddRange(fo.Lines.Where(l => l.RemainingQuantity > 0).Select(l => (order, fo, l, l.RemainingQuantity)));
            foreach (var line in lines)
            {
                var target = fo.Lines.FirstOrDefault(l => l.Id == Gid.Parse(Input.Str(line, "id"), "FulfillmentOrderLineItem"));
                var qty = Input.Int(line, "quantity") ?? 0;
                if (target is null || qty <= 0 || qty > target.RemainingQuantity)
                    errors.Add(UserErrors.Of("INVALID", "Invalid fulfillment order line item quantity requested.", "fulfillment", "lineItemsByFulfillmentOrder", i));
                else picks.Add((order, fo, target, qty));
            }
        }
        if (picks.Select(p => p.Order).Distinct().Count() > 1) errors.Add(UserErrors.Of("INVALID", "All fulfillment orders must belong to the same order.", "fulfillment"));
        if (errors.Count == 0 && picks.Count == 0) errors.Add(UserErrors.Of("INVALID", "Nothing left to fulfill.", "fulfillment"));
        if (errors.Count > 0) return UserErrors.Payload("fulfillment", null, errors);
        return UserErrors.Payload("fulfillment", OrderViews.Fulfillment(Apply(s, picks, input)), []);
    }

    private static SimFulfillment Apply(ShopState s, List<(SimOrder Order, SimFulfillmentOrder Fo, SimFulfillmentOrderLine Line, int Qty)> picks, Dictionary<string, object?> input)
    {
        var order = picks[0].Order;
        var tracking = input.GetValueOrDefault("trackingInfo") as IDictionary<string, object?> ?? new Dictionary<string, object?>();
        var fulfillment = new SimFulfillment
        {
            Id = s.NewId(), OrderId = order.Id, Name = $"{order.Name}.{order.Fulfillments.Count + 1}", LocationId = picks[0].Fo.LocationId,
            TrackingCompany = Input.Str(tracking, "company"), TrackingNumber = Input.Str(tracking, "number") ?? Input.Strings(tracking, "numbers")?.FirstOrDefault(),
            TrackingUrl = Input.Str(tracking, "url") ?? Input.Strings(tracking, "urls")?.FirstOrDefault(), CreatedAt = s.Now,
            Lines = picks.Select(p => new KeyValuePair<long, int>(p.Line.LineItemId, p.Qty)).ToList(),
        };
        foreach (var (_, fo, line, qty) in picks)
        {
            line.RemainingQuantity -= qty;
            order.LineItems.First(l => l.Id == line.LineItemId).FulfilledQuantity += qty;
            if (fo.Lines.All(l => l.RemainingQuantity == 0)) fo.Status = "CLOSED";
        }
        order.Fulfillments.Add(fulfillment);
        order.UpdatedAt = s.Now;
        s.AdminWrites++;
        s.Publish("fulfillments/create", RestPayloads.Fulfillment(fulfillment, order));
        s.Publish("orders/updated", RestPayloads.Order(order, s));
        return fulfillment;
    }
}
