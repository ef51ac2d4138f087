using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Stockbridge.Simulators.Seeding;

/// <summary>
/// A simulator's own controls, outside the vendor's API (the simulator listens on 127.0.0.1 only, so without auth):
/// seed data, act as a shopper or an ERP user, inject faults. Each body is JSON, read by <see cref="AdminJson"/>.
/// </summary>
public static class AdminRoutes
{
    /// <summary>The admin route group, e.g. <c>/admin</c> or Shopify's <c>/_sim</c>.</summary>
    public static RouteGroupBuilder MapSimulatorAdmin(this IEndpointRouteBuilder app, string prefix = "/admin")
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.MapGroup(prefix);
    }

    /// <summary>A POST taking a JSON <typeparamref name="TBody"/>: 400 on a missing or malformed body, 400/404 on the change's argument errors.</summary>
    public static RouteHandlerBuilder MapJsonPost<TBody>(this IEndpointRouteBuilder group, string pattern, Func<TBody, HttpContext, Task<IResult>> handle)
        where TBody : notnull
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(handle);
        return group.MapPost(pattern, Handler(handle))
            .Accepts<TBody>("application/json");
    }

    /// <summary>A PUT taking a JSON <typeparamref name="TBody"/>, as <see cref="MapJsonPost{TBody}"/>.</summary>
    public static RouteHandlerBuilder MapJsonPut<TBody>(this IEndpointRouteBuilder group, string pattern, Func<TBody, HttpContext, Task<IResult>> handle)
        where TBody : notnull
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(handle);
        return group.MapPut(pattern, Handler(handle))
            .Accepts<TBody>("application/json");
    }

    private static Delegate Handler<TBody>(Func<TBody, HttpContext, Task<IResult>> handle) =>
        (Func<HttpContext, Task<IResult>>)(http => AdminJson.HandleAsync<TBody>(http, body => handle(body, http)));
}
