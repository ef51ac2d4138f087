using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Seeding;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>
/// Test and demo endpoints, outside /admin/api and without auth (the simulator listens on 127.0.0.1 only):
/// place orders as a shopper, move stock as customers do, inject faults (the kit's rules), subscribe webhooks, read state.
/// </summary>
public static class SimAdminEndpoints
{
    public static void MapSimAdmin(this IEndpointRouteBuilder app, SimulatorRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var sim = app.MapSimulatorAdmin("/_sim");
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
        sim.MapPost("/orders/{id:long}/cancel", (long id, SimulatorRuntime r) => Locked(r, () => OrderCancellation.Apply(r.State, id, "customer")));
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
        sim.MapFaults(runtime.Faults);
    }

    private static IResult Locked(SimulatorRuntime r, Func<IResult> action)
    {
        r.State.Gate.Wait();
        try { return action(); }
        finally { r.State.Gate.Release(); }
    }
}
