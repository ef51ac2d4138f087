using System.Text.Json.Nodes;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Simulator.Shoppers;
using Stockbridge.Connectors.WooCommerce.Simulator.State;
using Stockbridge.Connectors.WooCommerce.Simulator.Wire;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Seeding;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Endpoints;

/// <summary>
/// The simulator's own controls under <c>/_sim</c> (no auth; 127.0.0.1 only): <c>faults</c>, <c>orders</c> (a shopper's
/// checkout), <c>webhooks/log</c> (every delivery attempt).
/// </summary>
public static class SimAdminEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder app, WooCommerceShop shop)
    {
        var admin = app.MapSimulatorAdmin("/_sim");
        admin.MapFaults(shop.Faults);
        admin.MapJsonPost<WooShopperOrder>("/orders", (body, _) =>
        {
            try
            {
                var order = shop.PlaceOrder(body);
                return Task.FromResult(Results.Json(shop.Read(_ => WooPayloads.Order(order)), statusCode: StatusCodes.Status201Created));
            }
            catch (ShopperRefusedException e)
            {
                return Task.FromResult(AdminJson.Error(StatusCodes.Status409Conflict, e.Message));
            }
        });
        admin.MapGet("/webhooks/log", () => Results.Json(shop.Webhooks.Dispatcher.Log.ToArray()));
        admin.MapGet("/state", () => Results.Json(shop.Read(s => new JsonObject
        {
            ["products"] = s.Products.Values.Count(p => p.ParentId == 0),
            ["variations"] = s.Products.Values.Count(p => p.ParentId != 0),
            ["orders"] = s.Orders.Count,
            ["webhooks"] = new JsonArray([.. s.Webhooks.Values.Select(w => (JsonNode)WooPayloads.Webhook(w))]),
        })));
    }
}
