using Microsoft.AspNetCore.Routing;
using Stockbridge.Web.Webhooks;

namespace Stockbridge.Web.DependencyInjection;

/// <summary>Maps every endpoint of the hub.</summary>
public static class WebEndpointRouteBuilderExtensions
{
    /// <summary>Maps the hub's endpoints (for now: the webhook intake).</summary>
    public static IEndpointRouteBuilder MapStockbridge(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWebhookIntake();
        return endpoints;
    }
}
