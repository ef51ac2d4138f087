using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Stockbridge.TradeStore.Hosting;

namespace Stockbridge.TradeStore.Pages;

/// <summary>
/// Runs before every store endpoint: finds the client's store (404 when it has none), and makes the request's user the
/// trade customer signed in to this store (or anonymous), before the antiforgery check binds forms to that user.
/// </summary>
internal sealed class StoreFilter : IEndpointFilter
{
    public const string ItemKey = "stockbridge.tradestore";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var client = http.Request.RouteValues["client"] as string ?? "";
        var shop = await http.RequestServices.GetRequiredService<StoreLocator>().FindAsync(client, http.RequestAborted);
        if (shop is null) return Results.NotFound();
        http.Items[ItemKey] = shop;
        await StoreSession.AuthenticateAsync(http, shop);
        return await next(context);
    }

    public static StoreContext Shop(HttpContext context) => (StoreContext)context.Items[ItemKey]!;
}
