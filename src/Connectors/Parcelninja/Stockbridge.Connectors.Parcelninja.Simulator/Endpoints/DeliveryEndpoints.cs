using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Parcelninja.Simulator.State;
using Stockbridge.Connectors.Parcelninja.Simulator.Wire;
using static Stockbridge.Connectors.Parcelninja.Simulator.Wire.RequestFields;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Endpoints;

/// <summary>
/// <c>/delivery</c>: quotes per courier service (<c>[{quoteId, cost, service{description}}]</c>), the cheapest one, and
/// <c>CheckQuote</c> (whether a quote still stands for a nominated date, <c>YYYY/MM/DDTHH:mm</c>). Costs are the simulator's own.
/// </summary>
public static class DeliveryEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder api, Warehouse warehouse)
    {
        api.MapPost("/delivery/quote", async (HttpRequest request) =>
            Results.Json(new JsonArray([.. (await QuotesAsync(request, warehouse)).Select(q => (JsonNode)Quote(q))])));
        api.MapPost("/delivery/quote/cheapest", async (HttpRequest request) =>
            Results.Json(Quote((await QuotesAsync(request, warehouse)).MinBy(q => q.Cost)!)));
        api.MapPost("/delivery/CheckQuote", async (HttpRequest request) =>
        {
            var body = await BodyAsync(request);
            var id = Int(body, "deliveryQuoteId");
            var nominated = Text(body, "nominatedDate");
            if (nominated.Length > 0 && !DateTime.TryParseExact(nominated, "yyyy/MM/dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                throw new ParcelninjaRequestException(400, $"nominatedDate '{nominated}' is not in the format YYYY/MM/DDTHH:mm.");
            return warehouse.Read(w =>
            {
                var quote = w.Quotes.GetValueOrDefault(id) ?? throw new ParcelninjaRequestException(404, $"Delivery quote {id} does not exist.");
                return Results.Json(new JsonObject
                {
                    ["quoteId"] = quote.QuoteId,
                    ["valid"] = quote.ExpiresAt > w.Time.GetUtcNow(),
                    ["expiryDate"] = ParcelninjaDates.Timestamp(quote.ExpiresAt),
                });
            });
        });
    }

    private static async Task<IReadOnlyList<DeliveryQuote>> QuotesAsync(HttpRequest request, Warehouse warehouse)
    {
        var body = await BodyAsync(request);
        var where = Object(body, "deliveryInformation") ?? throw new ParcelninjaRequestException(400, "deliveryInformation is required.");
        var units = Objects(body, "items").Sum(i => Int(i, "quantity"));
        return warehouse.Quote(Text(where, "postalCode"), units);
    }

    private static JsonObject Quote(DeliveryQuote q) => new()
    {
        ["quoteId"] = q.QuoteId,
        ["cost"] = q.Cost,
        ["service"] = new JsonObject { ["description"] = q.Service },
    };
}
