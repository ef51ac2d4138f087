using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Parcelninja.Simulator.State;
using Stockbridge.Connectors.Parcelninja.Simulator.Wire;
using static Stockbridge.Connectors.Parcelninja.Simulator.Wire.RequestFields;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Endpoints;

/// <summary><c>/hooks</c>: the account's one callback URL (registering another replaces it) and reading it back.</summary>
public static class HookEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder api, Warehouse warehouse)
    {
        api.MapPost("/hooks", async (HttpRequest request) =>
        {
            var url = Text(await BodyAsync(request), "hookUrl");
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new ParcelninjaRequestException(400, $"hookUrl '{url}' is not an absolute http(s) URL.");
            lock (warehouse.Gate) warehouse.HookUrl = uri.ToString();
            return Results.Json(new JsonObject { ["hookUrl"] = uri.ToString() });
        });
        api.MapGet("/hooks/getCallback", () => Results.Json(new JsonObject { ["hookUrl"] = warehouse.HookUrl }));
    }
}
