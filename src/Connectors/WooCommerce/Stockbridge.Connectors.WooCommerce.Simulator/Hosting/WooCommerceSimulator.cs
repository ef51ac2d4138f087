using Stockbridge.Connectors.WooCommerce.Simulator.Endpoints;
using Stockbridge.Connectors.WooCommerce.Simulator.Wire;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Hosting;

/// <summary>
/// Starts a simulated WooCommerce store on the simulator kit: the REST API v3 under <c>/wp-json/wc/v3</c> behind
/// WooCommerce's authentication, faults on demand (targets are paths below <c>wc/v3</c>, e.g. <c>orders</c>, <c>products/*</c>),
/// WordPress's error shape for every refusal, and the simulator's controls under <c>/_sim</c>.
/// </summary>
public static class WooCommerceSimulator
{
    /// <summary>The REST API's path.</summary>
    public const string RestBase = "/wp-json/wc/v3";

    /// <summary>Starts the store and returns once it answers.</summary>
    public static async Task<WooCommerceRunningSimulator> StartAsync(WooCommerceSimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var shop = new WooCommerceShop(options);
        var app = SimulatorWebApp.CreateBuilder(options.Port).Build();
        // Hosts whose firewall refuses PUT and DELETE are reached by POST with ?_method=PUT, which WordPress honours.
        app.Use((http, next) =>
        {
            var method = WooQuery.Value(http.Request, "_method").ToUpperInvariant();
            if (HttpMethods.IsPost(http.Request.Method) && method is "PUT" or "PATCH" or "DELETE") http.Request.Method = method;
            return next(http);
        });
        app.UseRouting();
        app.UseFaults(shop.Faults, Operation, new FaultReplies
        {
            ServerErrorBody = new WooError(500, "internal_server_error", "There has been a critical error on this website.").ToJson().ToJsonString(),
            ServerErrorContentType = "application/json; charset=UTF-8",
            ThrottleHeaders = new Dictionary<string, string> { ["Retry-After"] = "60" },
            ThrottleBody = "",
        }, options.Time);
        app.Use(async (http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments("/wp-json"))
            {
                await next(http);
                return;
            }
            if (http.Request.Path.StartsWithSegments(RestBase)) shop.CountRestRequest();
            try
            {
                if (http.Request.Path.StartsWithSegments(RestBase) && shop.Authenticator.Check(http.Request) is { } refused)
                {
                    await refused.ToResult().ExecuteAsync(http);
                    return;
                }
                await next(http);
            }
            catch (WooRequestException e) when (!http.Response.HasStarted)
            {
                await e.Error.ToResult().ExecuteAsync(http);
            }
        });
        var api = app.MapGroup(RestBase);
        ProductEndpoints.Map(api, shop);
        VariationEndpoints.Map(api, shop);
        OrderEndpoints.Map(api, shop);
        CustomerEndpoints.Map(api, shop);
        WebhookEndpoints.Map(api, shop);
        app.MapFallback("/wp-json/{**path}", () => WooError.NoRoute.ToResult());
        SimAdminEndpoints.Map(app, shop);

        Uri baseUrl;
        try
        {
            baseUrl = await SimulatorWebApp.StartAsync(app, cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            await shop.DisposeAsync();
            throw;
        }
        shop.Webhooks.SourceUrl = baseUrl.ToString();
        return new WooCommerceRunningSimulator(app, shop, baseUrl);
    }

    /// <summary>The fault target of a REST call: its path below <c>wc/v3</c> (e.g. <c>orders/12/notes</c>); null for other paths.</summary>
    private static string? Operation(HttpContext http) =>
        http.Request.Path.StartsWithSegments(RestBase, out var rest) ? rest.Value?.Trim('/') ?? "" : null;
}
