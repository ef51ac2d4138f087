using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Stockbridge.Web.Webhooks;

/// <summary>Maps the webhook intake.</summary>
public static class WebhookEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>POST /webhooks/{connectionId}</c> (needs <c>AddStockbridgeWeb</c>).</summary>
    public static IEndpointConventionBuilder MapWebhookIntake(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints
            .MapPost("/webhooks/{connectionId}", (string connectionId, HttpContext context) =>
                context.RequestServices.GetRequiredService<WebhookIntake>().ReceiveAsync(connectionId, context.Request, context.RequestAborted))
            .WithName("ReceiveWebhook")
            .DisableAntiforgery();
    }
}
