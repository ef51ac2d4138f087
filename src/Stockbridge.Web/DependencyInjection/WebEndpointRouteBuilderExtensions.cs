using Microsoft.AspNetCore.Routing;
using Stockbridge.Web.Api;
using Stockbridge.Web.Console;
using Stockbridge.Web.Webhooks;

namespace Stockbridge.Web.DependencyInjection;

/// <summary>Maps every endpoint of the hub.</summary>
public static class WebEndpointRouteBuilderExtensions
{
    /// <summary>Maps the hub's endpoints (the webhook intake, the REST API with its OpenAPI document, and the console).</summary>
    public static IEndpointRouteBuilder MapStockbridge(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWebhookIntake();
        endpoints.MapStockbridgeApi();
        endpoints.MapStockbridgeConsole();
        return endpoints;
    }
}
