using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Parcelninja.Simulator.State;
using Stockbridge.Connectors.Parcelninja.Simulator.Wire;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Endpoints;

/// <summary>
/// <c>/outbounds</c>: create (the id in <c>x-parcelninja-outbound-id</c>), list by date window and page, read, events and
/// delete; id 0 with <c>X-Client-Id</c> looks an outbound up by the client's own order number.
/// </summary>
public static class OutboundEndpoints
{
    /// <summary>The header carrying a new outbound's id.</summary>
    public const string OutboundIdHeader = "x-parcelninja-outbound-id";

    /// <summary>The header naming the client's order number for a look-up at id 0.</summary>
    public const string ClientIdHeader = "X-Client-Id";

    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder api, Warehouse warehouse, FaultInjector faults)
    {
        api.MapPost("/outbounds", (HttpRequest request) => CreateAsync(request.HttpContext, warehouse, faults));
        api.MapGet("/outbounds", (HttpRequest request) => List(request, warehouse));
        api.MapGet("/outbounds/{id:int}", (int id, HttpRequest request) =>
            warehouse.Read(w => Results.Json(OutboundJson.Full(Find(w, id, request)))));
        api.MapGet("/outbounds/{id:int}/events", (int id, HttpRequest request) => warehouse.Read(w =>
        {
            var outbound = Find(w, id, request);
            return Results.Json(new JsonObject { ["id"] = outbound.Id, ["clientId"] = outbound.ClientId, ["events"] = OutboundJson.Events(outbound) });
        }));
        api.MapDelete("/outbounds/{id:int}", (int id) =>
        {
            warehouse.Delete(id);
            return Results.Ok();
        });
    }

    private static async Task<IResult> CreateAsync(HttpContext http, Warehouse warehouse, FaultInjector faults)
    {
        var request = OutboundRequestReader.Read(await RequestFields.BodyAsync(http.Request));
        if (faults.Match(CreateOutboundFaults.IdZero, FaultKind.ServerError) is { } refused)
        {
            http.Response.Headers[OutboundIdHeader] = "0";
            http.Response.Headers[ParcelninjaErrors.MessageHeader] = ParcelninjaErrors.HeaderSafe(refused.Body ?? "The outbound could not be created.");
            return Results.StatusCode(refused.Status ?? StatusCodes.Status200OK);
        }
        var outbound = warehouse.Create(request);
        if (faults.Match(CreateOutboundFaults.ErrorAfterCreate, FaultKind.ServerError) is { } after)
            throw new ParcelninjaRequestException(after.Status ?? StatusCodes.Status500InternalServerError, after.Body ?? "An error has occurred.");
        if (faults.Match(CreateOutboundFaults.NoIdHeader, FaultKind.MalformedResponse) is null)
            http.Response.Headers[OutboundIdHeader] = outbound.Id.ToString(CultureInfo.InvariantCulture);
        return Results.Ok();
    }

    private static IResult List(HttpRequest request, Warehouse warehouse)
    {
        var start = Query(request, "startDate") is { } s ? ParcelninjaDates.InputDate(s, "startDate") : (DateOnly?)null;
        var end = Query(request, "endDate") is { } e ? ParcelninjaDates.InputDate(e, "endDate") : (DateOnly?)null;
        var (page, pageSize) = Paging.Read(request);
        var search = Query(request, "search");
        var channel = Query(request, "channelId");
        var type = Query(request, "orderTypeId") is { } t && int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var typeId) ? typeId : (int?)null;
        return warehouse.Read(w =>
        {
            var matches = w.Outbounds.Where(o => o.DeletedAt is null)
                .Where(o => start is null || DateOnly.FromDateTime(o.CreatedAt.UtcDateTime) >= start)
                .Where(o => end is null || DateOnly.FromDateTime(o.CreatedAt.UtcDateTime) <= end)
                .Where(o => type is null || o.TypeId == type)
                .Where(o => channel is null || o.ChannelId == channel)
                .Where(o => search is null || o.ClientId.Contains(search, StringComparison.OrdinalIgnoreCase)
                    || o.Delivery.Customer.Contains(search, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
                .ToList();
            return Results.Json(Paging.Page("outbounds", matches, page, pageSize, OutboundJson.Full));
        });
    }

    private static Outbound Find(Warehouse w, int id, HttpRequest request)
    {
        if (id != 0) return w.Standing(id);
        var clientId = request.Headers[ClientIdHeader].ToString().Trim();
        if (clientId.Length == 0) throw new ParcelninjaRequestException(400, "Outbound 0 is a look-up by your own order number: send it in the X-Client-Id header.");
        return w.ByClientId(clientId) ?? throw new ParcelninjaRequestException(404, $"No outbound has clientId '{clientId}'.");
    }

    private static string? Query(HttpRequest request, string name) =>
        request.Query[name].ToString() is { Length: > 0 } value ? value : null;
}
