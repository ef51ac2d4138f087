using Stockbridge.Connectors.Shopify.Simulator.Faults;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>
/// Test and demo endpoints, outside /admin/api and without auth (the simulator listens on 127.0.0.1 only):
/// place orders as a shopper, move stock as customers do, inject faults, subscribe webhooks, read state.
/// </summary>
public static class SimAdminEndpoints
{
    public static void MapSimAdmin(this IEndpointRouteBuilder app)
    {
        var sim = app.MapGroup("/_sim");
        sim.MapGet("/state", (SimulatorRuntime r) => Locked(r, () => Results.Json(StateSummary.Of(r), SimAdminJson.Options)));
        sim.MapPost("/orders", (PlaceOrderRequest body, SimulatorRuntime r) => Locked(r, () =>
        {
            try
            {
                var order = OrderPlacer.Place(r.State, body, r.Options.TaxRate, r.Options.Currency);
                return Results.Text(RestPayloads.Serialize(RestPayloads.Order(order, r.State)), "application/json", statusCode: 201);
            }
            catch (ArgumentException e) { return Results.Json(new { errors = e.Message }, statusCode: 422); }
        })).Accepts<PlaceOrderRequest>("application/json");
        sim.MapPost("/inventory/adjust", (InventoryAdjustRequest body, SimulatorRuntime r) => Locked(r, () => InventoryAdjust.Apply(r.State, body)));
        sim.MapPost("/orders/{id:long}/refund", (long id, RefundRequest body, SimulatorRuntime r) => Locked(r, () => Refunds.Apply(r.State, id, body)));
        sim.MapPost("/webhooks", (SubscribeRequest body, SimulatorRuntime r) => Locked(r, () =>
        {
            var subscription = WebhookSubscriptionMutations.Subscribe(r.State, body.Topic, body.Uri);
            return Results.Json(new { id = Gid.For("WebhookSubscription", subscription.Id), topic = subscription.Topic, uri = subscription.Uri }, statusCode: 201);
        }));
        sim.MapGet("/webhooks/deliveries", (SimulatorRuntime r) => Results.Json(r.Webhooks.Log.ToList(), SimAdminJson.Options));
        sim.MapPost("/app/uninstall", (SimulatorRuntime r) => Locked(r, () =>
        {
            r.State.Publish("app/uninstalled", new System.Text.Json.Nodes.JsonObject { ["id"] = 1, ["domain"] = r.Shop.Domain, ["name"] = r.Shop.Name });
            return Results.Accepted();
        }));
        sim.MapPost("/faults", (FaultRequest body, SimulatorRuntime r) => { Apply(r, body); return Results.Json(r.Faults, SimAdminJson.Options); });
        sim.MapDelete("/faults", (SimulatorRuntime r) => { r.Faults.Clear(); return Results.NoContent(); });
    }

    private static IResult Locked(SimulatorRuntime r, Func<IResult> action)
    {
        r.State.Gate.Wait();
        try { return action(); }
        finally { r.State.Gate.Release(); }
    }

    private static void Apply(SimulatorRuntime r, FaultRequest body)
    {
        FaultSettings f = r.Faults;
        lock (f)
        {
            if (body.ServerErrors is { } n) f.ServerErrors = n;
            if (body.ServerErrorRate is { } rate) f.ServerErrorRate = rate;
            if (body.ThrottleForMs is { } ms) f.ThrottleUntil = r.Time.GetUtcNow().AddMilliseconds(ms);
            if (body.ThrottleWith429 is { } with429) f.ThrottleWith429 = with429;
            if (body.LatencyMs is { } latency) f.Latency = TimeSpan.FromMilliseconds(latency);
            if (body.MalformedResponses is { } malformed) f.MalformedResponses = malformed;
            if (body.WebhookDropRate is { } drop) f.WebhookDropRate = drop;
            if (body.WebhookDuplicateRate is { } dup) f.WebhookDuplicateRate = dup;
            if (body.WebhookMalformedRate is { } bad) f.WebhookMalformedRate = bad;
        }
    }
}
