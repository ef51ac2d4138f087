using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Magento2.Simulator.Routing;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.Magento2.Simulator.Hosting;

/// <summary>
/// Starts a simulated Magento 2 store on the simulator kit: the REST API under <c>/rest/{store_code}/V1</c>,
/// <c>/rest/V1</c> and the <c>async</c> / <c>async/bulk</c> forms, faults on demand (targets are <c>METHOD route</c> below
/// <c>V1</c>, e.g. <c>GET orders</c>), and the simulator's controls under <c>/_sim</c>.
/// </summary>
public static class Magento2Simulator
{
    /// <summary>Starts the store and returns once it answers.</summary>
    public static async Task<Magento2RunningSimulator> StartAsync(Magento2SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var shop = new MagentoShop(options);
        var app = SimulatorWebApp.CreateBuilder(options.Port).Build();
        app.UseFaults(shop.Faults, Operation, new FaultReplies
        {
            // Magento in production mode: the details go to its log, the caller gets a report id.
            ServerErrorBody = "{\"message\":\"Internal Error. Details are available in Magento log file. Report ID: webapi-6565f2a0b1c3d\"}",
            ServerErrorContentType = "application/json; charset=utf-8",
            ThrottleHeaders = new Dictionary<string, string> { ["Retry-After"] = "2" },
            ThrottleBody = "",
        }, options.Time);
        app.Map("/rest/{**path}", (HttpContext http, string? path) => RestDispatcher.HandleAsync(http, shop, path ?? ""));
        SimControlEndpoints.Map(app.MapGroup("/_sim"), shop);
        Uri baseUrl;
        try
        {
            baseUrl = await SimulatorWebApp.StartAsync(app, cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new Magento2RunningSimulator(app, shop, baseUrl);
    }

    /// <summary>The fault target of a REST call: <c>METHOD route</c> below <c>V1</c>; null for other paths.</summary>
    private static string? Operation(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        var at = path.IndexOf("/V1/", StringComparison.Ordinal);
        return path.StartsWith("/rest/", StringComparison.Ordinal) && at >= 0 ? http.Request.Method + " " + path[(at + 4)..].Trim('/') : null;
    }
}
