using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.ISync.Simulator.State;
using Stockbridge.Connectors.ISync.Simulator.Wire;

namespace Stockbridge.Connectors.ISync.Simulator.Endpoints;

/// <summary>The assumed iSync contract (docs/connectors/isync-assumed-contract.md): login, products, orders.</summary>
public static class ApiEndpoints
{
    /// <summary>Rows per page unless the caller asks for another size.</summary>
    public const int DefaultPageSize = 100;
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxPageSize = 500;
    /// <summary>The most JobProductIDs one group read may name.</summary>
    public const int MaxGroups = 100;

    /// <summary>Maps the API under <see cref="ISyncPaths.Api"/>.</summary>
    public static void Map(IEndpointRouteBuilder app, ISyncCompany company, string warehouse)
    {
        ArgumentNullException.ThrowIfNull(company);
        app.MapGroup(ISyncPaths.Api).AddEndpointFilter(new ISyncApiFilter(company, requireToken: false))
            .MapPost("/login", (JsonNode? body) =>
            {
                var (username, password) = ISyncRequestReader.Login(body);
                var session = company.Login(username, password);
                return Results.Json(new JsonObject
                {
                    ["Token"] = session.Token,
                    ["TokenType"] = "Bearer",
                    ["ExpiresIn"] = (int)company.TokenLifetime.TotalSeconds,
                });
            });

        var api = app.MapGroup(ISyncPaths.Api).AddEndpointFilter(new ISyncApiFilter(company, requireToken: true));
        api.MapGet("/products", (HttpRequest request) => Products(company, warehouse, request.Query));
        api.MapPost("/orders", (JsonNode? body) =>
        {
            var order = company.CreateOrder(ISyncRequestReader.Order(body, DateOnly.FromDateTime(company.Time.GetUtcNow().UtcDateTime)));
            return Results.Json(new JsonObject { ["OrderNumber"] = order.OrderNumber, ["PONumber"] = order.PoNumber, ["Total"] = order.Total }, statusCode: 201);
        });
        api.MapGet("/orders", (string? poNumber) =>
        {
            if (string.IsNullOrEmpty(poNumber)) throw new ISyncRequestException(400, "InvalidRequest", "poNumber is required.");
            return Results.Json(new JsonObject { ["Orders"] = new JsonArray([.. company.FindOrders(poNumber).Select(o => (JsonNode)ISyncWireJson.Order(o))]) });
        });
        api.MapGet("/orders/{orderNumber}", (string orderNumber) => company.GetOrder(orderNumber) is { } order
            ? Results.Json(ISyncWireJson.Order(order))
            : ISyncWireJson.Error(404, "NotFound", $"Sales order '{orderNumber}' does not exist."));
    }

    private static IResult Products(ISyncCompany company, string warehouse, IQueryCollection query)
    {
        var asked = query["warehouse"].ToString();
        if (asked.Length > 0 && !string.Equals(asked, warehouse, StringComparison.OrdinalIgnoreCase))
            throw new ISyncRequestException(404, "UnknownWarehouse", $"Warehouse '{asked}' does not exist.");
        var groups = query["jobProductId"].Where(g => !string.IsNullOrEmpty(g)).Select(g => g!).ToList();
        if (groups.Count > MaxGroups) throw new ISyncRequestException(400, "InvalidRequest", $"At most {MaxGroups} jobProductId values may be given.");
        if (groups.Count > 0) return Page(company.ListGroups(groups), hasMore: false, warehouse);

        var size = query["pageSize"].ToString() is { Length: > 0 } s
            ? int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxPageSize ? n
                : throw new ISyncRequestException(400, "InvalidRequest", $"pageSize must be 1 to {MaxPageSize}.")
            : DefaultPageSize;
        DateTimeOffset? after = query["modifiedAfter"].ToString() is { Length: > 0 } text
            ? DateTimeOffset.TryParseExact(text, ISyncWireJson.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d
                : throw new ISyncRequestException(400, "InvalidRequest", $"modifiedAfter must be UTC in the form {ISyncWireJson.DateFormat}.")
            : null;
        var afterSku = query["afterSku"].ToString() is { Length: > 0 } sku ? sku : null;
        var (items, more) = company.ListChanged(after, afterSku, size);
        return Page(items, more, warehouse);
    }

    private static IResult Page(IReadOnlyList<StockItem> items, bool hasMore, string warehouse) => Results.Json(new JsonObject
    {
        ["Products"] = new JsonArray([.. items.Select(i => (JsonNode)ISyncWireJson.Product(i, warehouse))]),
        ["HasMore"] = hasMore,
    });
}
