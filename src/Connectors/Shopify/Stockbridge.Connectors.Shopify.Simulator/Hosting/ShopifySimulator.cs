using System.Text.Json;
using Stockbridge.Connectors.Shopify.Simulator.Endpoints;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.Shopify.Simulator.Hosting;

/// <summary>Starts a simulated Shopify shop on 127.0.0.1 (Admin GraphQL API, webhooks, /_sim test endpoints).</summary>
public static class ShopifySimulator
{
    /// <summary>Starts the simulator and returns once it is listening.</summary>
    public static async Task<ShopifySimulatorHost> StartAsync(ShopifySimulatorOptions options, CancellationToken cancellationToken = default)
    {
        var builder = SimulatorWebApp.CreateBuilder(options.Port);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
        });
        var webhookHttp = new HttpClient();
        var runtime = new SimulatorRuntime(options, webhookHttp);
        builder.Services.AddSingleton(runtime);
        var app = builder.Build();
        app.Use((http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/admin", StringComparison.Ordinal)) runtime.CountAdminRequest();
            return next(http);
        });
        app.MapPost("/admin/api/{version}/graphql.json", (HttpContext http, string version) => AdminGraphqlEndpoint.HandleAsync(http, version, runtime));
        app.MapSimAdmin(runtime);
        app.MapBulkFiles();
        var baseUrl = await SimulatorWebApp.StartAsync(app, cancellationToken);
        runtime.State.PublicUrl = baseUrl;
        return new ShopifySimulatorHost(app, runtime, webhookHttp, baseUrl);
    }
}
