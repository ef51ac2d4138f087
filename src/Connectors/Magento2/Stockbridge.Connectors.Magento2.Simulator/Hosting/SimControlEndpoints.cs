using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Magento2.Simulator.Bulk;
using Stockbridge.Connectors.Magento2.Simulator.Operations;
using Stockbridge.Connectors.Magento2.Simulator.Shopper;
using Stockbridge.Connectors.Magento2.Simulator.Wire;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Magento2.Simulator.Hosting;

/// <summary>
/// The simulator's own controls (not Magento's API): faults, the bulk consumer (stop, start, run once), the store
/// configuration (input limits, standalone Bearer tokens, two-factor authentication), shoppers' orders on demand and expiring every admin token now.
/// </summary>
public static class SimControlEndpoints
{
    /// <summary>Maps the controls on <paramref name="group"/>.</summary>
    public static void Map(RouteGroupBuilder group, MagentoShop shop)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(shop);
        group.MapFaults(shop.Faults);
        group.MapPost("/consumer/run", () => Results.Json(new JsonObject { ["ran"] = BulkConsumer.RunOpen(shop) }));
        group.MapPost("/consumer/fail-next/{count:int}", (int count) =>
        {
            shop.FailNextOperations = Math.Max(0, count);
            return Results.Json(new JsonObject { ["fail_next"] = shop.FailNextOperations });
        });
        group.MapPost("/consumer/{state}", (string state) =>
        {
            shop.ConsumerRunning = state == "start";
            return Results.Json(new JsonObject { ["running"] = shop.ConsumerRunning });
        });
        group.MapPost("/orders", async (HttpContext http) =>
        {
            // A shopper's checkout on demand: {"lines":[{"sku":"A","qty":2}], "email":"…", "coupon":"…"}.
            try
            {
                var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
                var lines = RequestBody.Array(body, "lines").OfType<JsonObject>()
                    .Select(l => (RequestBody.Text(l, "sku") ?? throw MagentoError.Required("sku"), RequestBody.Number(l, "qty") ?? 1m)).ToList();
                var order = Checkout.Place(shop.Store, shop.Settings, RequestBody.Text(body, "email") ?? "shopper@example.com", lines, RequestBody.Text(body, "coupon"));
                return Results.Json(shop.Store.Read(_ => OrderJson.Write(order)), statusCode: StatusCodes.Status201Created);
            }
            catch (MagentoError e) { return Results.Json(e.Body(), statusCode: e.Status); }
            catch (System.Text.Json.JsonException e) { return Results.BadRequest(new { message = e.Message }); }
        });
        group.MapPost("/admin-tokens/expire", () =>
        {
            shop.AdminTokens.ExpireAll();
            return Results.NoContent();
        });
        group.MapPost("/settings", async (HttpContext http) =>
        {
            JsonNode? body;
            try { body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted); }
            catch (System.Text.Json.JsonException e) { return Results.BadRequest(new { message = e.Message }); }
            shop.Settings = shop.Settings with
            {
                InputLimits = RequestBody.Number(body, "input_limits") is { } limits ? limits != 0 : shop.Settings.InputLimits,
                StandaloneBearer = RequestBody.Number(body, "standalone_bearer") is { } bearer ? bearer != 0 : shop.Settings.StandaloneBearer,
                TwoFactor = RequestBody.Number(body, "two_factor") is { } twoFactor ? twoFactor != 0 : shop.Settings.TwoFactor,
            };
            return Results.Json(new JsonObject
            {
                ["input_limits"] = shop.Settings.InputLimits, ["standalone_bearer"] = shop.Settings.StandaloneBearer, ["two_factor"] = shop.Settings.TwoFactor,
            });
        });
    }
}
