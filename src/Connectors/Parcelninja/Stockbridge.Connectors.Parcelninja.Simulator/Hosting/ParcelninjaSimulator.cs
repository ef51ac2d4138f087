using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Parcelninja.Simulator.Endpoints;
using Stockbridge.Connectors.Parcelninja.Simulator.State;
using Stockbridge.Connectors.Parcelninja.Simulator.Webhooks;
using Stockbridge.Connectors.Parcelninja.Simulator.Wire;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Hosting;

/// <summary>
/// Starts a simulated Parcelninja account on the simulator kit: the Store API v1 under <c>/api/v1</c> behind Basic auth,
/// every refusal with <c>x-parcelninja-error-message</c> and <c>{message}</c>, the diagnostics headers, faults on demand
/// (targets <c>METHOD path</c> below <c>/api/v1</c>, e.g. <c>POST outbounds</c>, <c>GET outbounds/*</c>), and the
/// simulator's controls under <c>/_sim</c>.
/// </summary>
public static class ParcelninjaSimulator
{
    /// <summary>The API's path.</summary>
    public const string ApiBase = "/api/v1";

    /// <summary>Starts the account and returns once it answers.</summary>
    public static async Task<ParcelninjaRunningSimulator> StartAsync(ParcelninjaSimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var warehouse = new Warehouse(options.Time) { StepInterval = options.StepInterval, Duplicates = options.Duplicates, UnknownItems = options.UnknownItems };
        var faults = new FaultInjector(options.FaultSeed, options.Time);
        var webhooks = new ParcelninjaWebhookSender(warehouse, faults, options.Time, options.WebhookRetryDelays, options.StoreName);
        var auth = new ParcelninjaBasicAuth(options.Username, options.Password);
        var app = SimulatorWebApp.CreateBuilder(options.Port, k => k.Limits.MaxRequestBodySize = 1_000_000).Build();
        app.Use(async (http, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            http.Response.OnStarting(() =>
            {
                http.Response.Headers["x-parcelninja-log-id"] = Guid.NewGuid().ToString();
                http.Response.Headers["x-parcelninja-elapsed-ms"] = ((int)Stopwatch.GetElapsedTime(started).TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            try
            {
                if (http.Request.Path.StartsWithSegments(ApiBase) && !auth.Allows(http.Request))
                {
                    await ParcelninjaErrors.WriteAsync(http, StatusCodes.Status401Unauthorized, ParcelninjaBasicAuth.DeniedMessage);
                    return;
                }
                await next(http);
            }
            catch (ParcelninjaRequestException e) when (!http.Response.HasStarted)
            {
                await ParcelninjaErrors.WriteAsync(http, e.Status, e.Message);
            }
        });
        app.UseRouting();
        app.UseFaults(faults, Operation, new FaultReplies
        {
            ServerErrorBody = """{"message":"An error has occurred."}""",
            ServerErrorContentType = "application/json; charset=utf-8",
            ThrottleBody = """{"message":"Too many requests."}""",
            ThrottleContentType = "application/json; charset=utf-8",
            ThrottleHeaders = new Dictionary<string, string> { [ParcelninjaErrors.MessageHeader] = "Too many requests." },
        }, options.Time);
        var api = app.MapGroup(ApiBase);
        OutboundEndpoints.Map(api, warehouse, faults);
        InventoryEndpoints.Map(api, warehouse);
        DeliveryEndpoints.Map(api, warehouse);
        HookEndpoints.Map(api, warehouse);
        api.MapFallback(() => Results.Json(new { message = "No HTTP resource was found that matches the request URI." }, statusCode: 404));
        SimAdminEndpoints.Map(app, warehouse, faults, webhooks);

        Uri baseUrl;
        try
        {
            baseUrl = await SimulatorWebApp.StartAsync(app, cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            await webhooks.DisposeAsync();
            throw;
        }
        return new ParcelninjaRunningSimulator(app, baseUrl, options, warehouse, faults, webhooks);
    }

    /// <summary>The fault target of an API call: <c>METHOD path</c> below <c>/api/v1</c>, e.g. <c>POST outbounds</c>; null for other paths.</summary>
    private static string? Operation(HttpContext http) =>
        http.Request.Path.StartsWithSegments(ApiBase, out var rest) ? http.Request.Method + " " + (rest.Value?.Trim('/') ?? "") : null;
}
