using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Magento2.Simulator.Bulk;
using Stockbridge.Connectors.Magento2.Simulator.Hosting;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Routing;

/// <summary>
/// Magento's web API front controller for <c>/rest/…</c>: the store code, the admin token route (no auth), every other
/// route behind the credentials check, asynchronous and bulk routes queued, refusals in Magento's error shape.
/// </summary>
public static class RestDispatcher
{
    /// <summary>The largest request body taken (a bulk of 5,000 products fits many times over).</summary>
    public const int MaxBodyBytes = 64 * 1024 * 1024;

    /// <summary>Handles one request below <c>/rest/</c>.</summary>
    public static async Task HandleAsync(HttpContext http, MagentoShop shop, string path)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(shop);
        try
        {
            var body = RequestBody.Parse(await ReadBodyAsync(http.Request));
            var call = RestCall.Parse(http.Request.Method, path ?? "", http.Request.Query, body)
                ?? throw new MagentoError(404, "Request does not match any route.");
            if (call.StoreCode != "all" && !shop.Store.StoreViews.ContainsKey(call.StoreCode))
                throw new MagentoError(400, "Requested store is not found");
            var answer = Answer(shop, call, http.Request);
            await Results.Json(answer).ExecuteAsync(http);
        }
        catch (MagentoError e) when (!http.Response.HasStarted)
        {
            await Results.Json(e.Body(), statusCode: e.Status).ExecuteAsync(http);
        }
    }

    private static JsonNode? Answer(MagentoShop shop, RestCall call, HttpRequest request)
    {
        if (call.Mode == RestMode.Synchronous && call.Is("POST", "integration", "admin", "token"))
        {
            var user = RequestBody.Text(call.Body, "username");
            var password = RequestBody.Text(call.Body, "password");
            if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(password))
                throw new MagentoError(400, "One or more input exceptions have occurred.", null);
            if (shop.Settings.TwoFactor)
                throw new MagentoError(401, "Please use the 2fa provider-specific endpoints to obtain a token.", new JsonObject { ["active_providers"] = new JsonArray("google") });
            return shop.AdminTokens.Issue(user, password)
                ?? throw new MagentoError(401, "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.");
        }
        if (call.Mode == RestMode.Synchronous && call.Is("POST", "tfa", "provider", "google", "authenticate"))
        {
            var code = RequestBody.Text(call.Body, "otp");
            if (!shop.Settings.TwoFactor) throw new MagentoError(400, "Provider is not allowed.");
            if (code != shop.Settings.TwoFactorCode) throw new MagentoError(401, "Invalid code.");
            return shop.AdminTokens.Issue(RequestBody.Text(call.Body, "username"), RequestBody.Text(call.Body, "password"))
                ?? throw new MagentoError(401, "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.");
        }
        shop.Authenticator.Check(request, "Magento_Backend::admin");
        if (call.Mode != RestMode.Synchronous)
            return BulkScheduler.Schedule(shop, call) ?? throw new MagentoError(404, "Request does not match any route.");
        if (CatalogRoutes.TryHandle(shop, call, out var result)) return result;
        if (InventoryRoutes.TryHandle(shop, call, out result)) return result;
        if (OrderRoutes.TryHandle(shop, call, out result)) return result;
        if (call.Is("GET", "bulk", "*", "status")) return BulkConsumer.Status(shop, call.Segments[1], detailed: false);
        if (call.Is("GET", "bulk", "*", "detailed-status")) return BulkConsumer.Status(shop, call.Segments[1], detailed: true);
        if (call.Is("GET", "bulk", "*", "operation-status", "*")) return BulkConsumer.Count(shop, call.Segments[1], call.Id(3));
        if (call.Is("GET", "store", "storeViews"))
            return new JsonArray([.. shop.Store.StoreViews.Select(v => (JsonNode)new JsonObject { ["id"] = v.Value, ["code"] = v.Key, ["website_id"] = 1, ["store_group_id"] = 1, ["is_active"] = 1 })]);
        throw new MagentoError(404, "Request does not match any route.");
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes) throw new MagentoError(413, "The request body is too large.");
        using var reader = new StreamReader(request.Body);
        var buffer = new char[81920];
        var text = new System.Text.StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), request.HttpContext.RequestAborted)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > MaxBodyBytes) throw new MagentoError(413, "The request body is too large.");
        }
        return text.ToString();
    }
}
