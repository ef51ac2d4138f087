using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Takealot.Simulator.Sales;
using Stockbridge.Connectors.Takealot.Simulator.State;
using Stockbridge.Connectors.Takealot.Simulator.Webhooks;
using Stockbridge.Connectors.Takealot.Simulator.Wire;

namespace Stockbridge.Connectors.Takealot.Simulator.Endpoints;

/// <summary>
/// The simulator's own routes under <c>/_sim</c> (no API key): shoppers' sales of both kinds, stock arriving at a DC, Takealot
/// disabling an offer, the catalogue, Seller Portal webhooks, key regeneration and blocking.
/// </summary>
public static class SimAdminEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder app, TakealotState state, SalePlacer sales, TakealotWebhooks webhooks, TakealotKeys keys)
    {
        var sim = app.MapGroup("/_sim");
        sim.MapPost("/sales", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync();
            return Guard(() => PlaceSale(sales, text));
        });
        sim.MapPut("/offers/{sku}/dc-stock/{dc}", (string sku, string dc, int quantity) => Guard(() => state.Read(s =>
        {
            var offer = s.BySku(sku) ?? throw new TakealotRequestException(404, $"no offer with SKU '{sku}'");
            var warehouse = s.Dcs.Find(d => d.Code == dc) ?? throw new TakealotRequestException(404, $"no DC '{dc}'");
            offer.DcStock[warehouse.Id] = Math.Max(0, quantity);
            return Results.Json(OfferJson.Of(s, offer));
        })));
        sim.MapPost("/offers/{sku}/disable", (string sku) => Guard(() => state.Read(s =>
        {
            var offer = s.BySku(sku) ?? throw new TakealotRequestException(404, $"no offer with SKU '{sku}'");
            offer.DisabledByTakealot = true;
            return Results.Json(OfferJson.Of(s, offer));
        })));
        sim.MapPost("/catalogue", (string barcode, string title) => state.Read(s =>
        {
            var product = new CatalogueProduct(barcode, s.NextNumber(), title);
            s.Catalogue[barcode] = product;
            return Results.Json(new { barcode, tsin_id = product.TsinId, title });
        }));
        sim.MapPut("/list-unknown-skus", (bool enabled) => state.Read(s => { s.ListUnknownSkus = enabled; return Results.Json(new { enabled }); }));
        sim.MapPost("/webhooks", (string uri) => state.Read(s =>
        {
            var webhook = new WebhookSubscription { Id = s.NextNumber().ToString(CultureInfo.InvariantCulture), Uri = uri };
            s.Webhooks.Add(webhook);
            return Results.Json(new { id = webhook.Id, uri, status = webhook.Status, secret = webhooks.Secret });
        }));
        sim.MapGet("/webhooks", () => state.Read(s => Results.Json(s.Webhooks.Select(w => new { id = w.Id, uri = w.Uri, status = w.Status }))));
        sim.MapGet("/webhooks/log", () => Results.Json(webhooks.Dispatcher.Log.ToArray()));
        sim.MapPost("/api-key/regenerate", () => Results.Json(new { api_key = keys.Regenerate() }));
        sim.MapPut("/api-key/blocked", (bool blocked) => { keys.Blocked = blocked; return Results.Json(new { blocked }); });
    }

    private static IResult PlaceSale(SalePlacer sales, string text)
    {
        var body = JsonNode.Parse(text) as JsonObject ?? throw new TakealotRequestException(400, "body must be an object");
        var lines = (body["lines"] as JsonArray ?? []).OfType<JsonObject>().Select(l => (l["sku"]!.GetValue<string>(), l["quantity"]!.GetValue<int>())).ToList();
        var kind = body["kind"]?.GetValue<string>() == "takealot" ? SaleKind.TakealotFulfilled : SaleKind.Leadtime;
        var placed = sales.Place(new SaleRequest(lines, kind, body["customer"]?.GetValue<string>() ?? "Thandi Nkosi", body["promotion"]?.GetValue<bool>() ?? false));
        return Results.Json(new JsonObject
        {
            ["order_id"] = placed[0].OrderId,
            ["order_item_ids"] = new JsonArray([.. placed.Select(p => (JsonNode)p.OrderItemId)]),
            ["paid_ex_vat"] = SalePlacer.PaidExVat(placed),
        });
    }

    private static IResult Guard(Func<IResult> action)
    {
        try { return action(); }
        catch (TakealotRequestException e) { return Results.Json(new { message = e.Message }, statusCode: e.Status); }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            return Results.Json(new { message = "malformed request: " + e.Message }, statusCode: 400);
        }
    }
}
