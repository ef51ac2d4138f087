using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Parcelninja.Simulator.State;
using Stockbridge.Connectors.Parcelninja.Simulator.Webhooks;
using Stockbridge.Connectors.Parcelninja.Simulator.Wire;
using Stockbridge.Simulators.Faults;
using static Stockbridge.Connectors.Parcelninja.Simulator.Wire.RequestFields;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Endpoints;

/// <summary>
/// The simulator's own controls under <c>/_sim</c> (no auth; 127.0.0.1 only): faults, the warehouse adding an event to an
/// outbound (a courier failure, On Hold, …), putting stock away or counting it, and the webhook delivery log.
/// </summary>
public static class SimAdminEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder app, Warehouse warehouse, FaultInjector faults, ParcelninjaWebhookSender webhooks)
    {
        var sim = app.MapGroup("/_sim");
        sim.MapFaults(faults);
        sim.MapPost("/outbounds/{id:int}/events", async (int id, HttpRequest request) =>
        {
            var code = Int(await BodyAsync(request), "code");
            try { return Results.Json(OutboundJson.Full(warehouse.AddEvent(id, code))); }
            catch (ArgumentException e) { throw new ParcelninjaRequestException(400, e.Message); }
        });
        sim.MapPut("/inventory/{sku}", async (string sku, HttpRequest request) =>
        {
            var body = await BodyAsync(request);
            var reason = Text(body, "reason");
            var name = Text(body, "name");
            var item = warehouse.SetStock(sku, Int(body, "inStock"), reason.Length == 0 ? "CYCLE_COUNT" : reason, name.Length == 0 ? null : name);
            return Results.Json(InventoryJson.Item(item));
        });
        sim.MapGet("/webhooks/log", () => Results.Json(new JsonArray([.. webhooks.Log.Select(r => (JsonNode)new JsonObject
        {
            ["topic"] = r.Topic, ["uri"] = r.Uri, ["attempt"] = r.Attempt, ["outcome"] = r.Outcome, ["status"] = r.Status,
        })])));
    }
}
