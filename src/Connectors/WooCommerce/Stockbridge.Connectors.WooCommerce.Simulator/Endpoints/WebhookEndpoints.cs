using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Simulator.State;
using Stockbridge.Connectors.WooCommerce.Simulator.Wire;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Endpoints;

/// <summary><c>webhooks</c> (GET list, POST create with a ping) and <c>webhooks/{id}</c> (GET, PUT status, DELETE).</summary>
public static class WebhookEndpoints
{
    private static readonly HashSet<string> Statuses = ["active", "paused", "disabled"];

    /// <summary>Maps the routes on the <c>wc/v3</c> group.</summary>
    public static void Map(IEndpointRouteBuilder api, WooCommerceShop shop)
    {
        api.MapGet("/webhooks", (HttpContext http) =>
        {
            var status = WooQuery.Value(http.Request, "status");
            var items = shop.Read(s => (IReadOnlyList<JsonObject>)[.. s.Webhooks.Values
                .Where(w => status.Length == 0 || status == "all" || w.Status == status)
                .OrderByDescending(w => w.Id).Select(WooPayloads.Webhook)]);
            return WooPaging.Page(http, items);
        });
        api.MapPost("/webhooks", async (HttpContext http) =>
        {
            var body = await WooRequestBody.ReadAsync(http.Request);
            var topic = Text(body, "topic");
            var url = Text(body, "delivery_url");
            var missing = new[] { ("topic", topic), ("delivery_url", url) }.Where(p => p.Item2 is null).Select(p => p.Item1).ToList();
            if (missing.Count > 0) throw new WooRequestException(new WooError(400, "rest_missing_callback_param", "Missing parameter(s): " + string.Join(", ", missing)));
            if (!WooCommerceShop.Topics.Contains(topic!) && !topic!.StartsWith("action.", StringComparison.Ordinal))
                throw new WooRequestException(new WooError(400, "woocommerce_rest_webhook_invalid_topic", "Webhook topic is invalid."));
            if (!Uri.TryCreate(url, UriKind.Absolute, out var delivery) || delivery.Scheme is not ("http" or "https"))
                throw new WooRequestException(WooError.InvalidParam("delivery_url", "delivery_url is not a valid URL."));
            var status = Text(body, "status") ?? "active";
            if (!Statuses.Contains(status)) throw new WooRequestException(WooError.InvalidParam("status", "status is not one of active, paused, disabled"));
            var secret = Text(body, "secret") ?? Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
            var webhook = shop.CreateWebhook(topic!, url!, secret, status, Text(body, "name") ?? "");
            return Results.Json(shop.Read(_ => WooPayloads.Webhook(webhook)), statusCode: StatusCodes.Status201Created);
        });
        api.MapGet("/webhooks/{id:int}", (int id) => Results.Json(shop.Read(s => WooPayloads.Webhook(Find(s, id)))));
        api.MapMethods("/webhooks/{id:int}", ["PUT", "PATCH"], async (int id, HttpContext http) =>
        {
            var body = await WooRequestBody.ReadAsync(http.Request);
            var status = Text(body, "status");
            if (status is not null && !Statuses.Contains(status)) throw new WooRequestException(WooError.InvalidParam("status", "status is not one of active, paused, disabled"));
            return Results.Json(shop.Change(s =>
            {
                var webhook = Find(s, id);
                if (status is not null) webhook.Status = status;
                if (Text(body, "name") is { } name) webhook.Name = name;
                return WooPayloads.Webhook(webhook);
            }));
        });
        api.MapDelete("/webhooks/{id:int}", (int id) => Results.Json(shop.Change(s =>
        {
            var webhook = Find(s, id);
            s.Webhooks.Remove(id);
            return WooPayloads.Webhook(webhook);
        })));
    }

    private static WooWebhook Find(WooStore store, int id) =>
        store.Webhooks.TryGetValue(id, out var w) ? w : throw new WooRequestException(WooError.InvalidWebhookId);

    private static string? Text(JsonObject body, string name) =>
        body[name]?.GetValueKind() == JsonValueKind.String ? body[name]!.GetValue<string>() : null;
}
