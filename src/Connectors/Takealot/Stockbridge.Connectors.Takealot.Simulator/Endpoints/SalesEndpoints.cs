using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Takealot.Simulator.State;
using Stockbridge.Connectors.Takealot.Simulator.Wire;

namespace Stockbridge.Connectors.Takealot.Simulator.Endpoints;

/// <summary>
/// Seller API v2 sales: <c>GET /v2/sales?filters=start_date:…;end_date:…;sku:…</c> and <c>GET /v2/sales/orders?start_date&amp;end_date&amp;order_id&amp;sku</c>,
/// both paged (<c>page_number</c> from 1, <c>page_size</c> ≤ 100) as <c>{page_summary{page_size, page_number, total}, sales}</c>,
/// oldest sale first [guess].
/// </summary>
public static class SalesEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder app, TakealotState state)
    {
        app.MapGet("/v2/sales", (string? filters, int? page_number, int? page_size) =>
        {
            var parts = Filters(filters);
            var window = SalesWindow.Parse(parts.GetValueOrDefault("start_date"), parts.GetValueOrDefault("end_date"), state.Time.GetUtcNow(), required: false);
            return Page(state, window, parts.GetValueOrDefault("sku"), null, page_number, page_size);
        });
        app.MapGet("/v2/sales/orders", (string? start_date, string? end_date, string? sku, string? order_id, int? page_number, int? page_size) =>
        {
            var window = SalesWindow.Parse(start_date, end_date, state.Time.GetUtcNow(), required: true);
            int? orderId = order_id is null ? null
                : int.TryParse(order_id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw new TakealotRequestException(400, "order_id must be a number.");
            return Page(state, window, sku, orderId, page_number, page_size);
        });
    }

    private static IResult Page(TakealotState state, SalesWindow window, string? sku, int? orderId, int? pageNumber, int? pageSize)
    {
        var (number, size) = OfferEndpoints.Paging(pageNumber, pageSize);
        return state.Read(s =>
        {
            var matching = s.Sales.Where(x => window.Contains(x.OrderDate) && (sku is null || x.Offer.Sku == sku) && (orderId is null || x.OrderId == orderId)).ToList();
            var sales = matching.Skip((number - 1) * size).Take(size).Select(x => (JsonNode)SaleJson.Of(x));
            return Results.Json(new JsonObject
            {
                ["page_summary"] = new JsonObject { ["page_size"] = size, ["page_number"] = number, ["total"] = matching.Count },
                ["sales"] = new JsonArray([.. sales]),
            });
        });
    }

    private static Dictionary<string, string> Filters(string? filters)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in (filters ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) throw new TakealotRequestException(400, $"Malformed filter '{part}': expected name:value.");
            result[part[..colon]] = part[(colon + 1)..];
        }
        return result;
    }
}
