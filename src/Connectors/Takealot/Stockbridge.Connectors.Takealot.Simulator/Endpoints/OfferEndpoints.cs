using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Takealot.Simulator.State;
using Stockbridge.Connectors.Takealot.Simulator.Wire;

namespace Stockbridge.Connectors.Takealot.Simulator.Endpoints;

/// <summary>
/// Seller API v2 offers: list (paged, ≤ 100), count, get/update by prefixed identifier in the path or the query, create on a
/// barcode, and batches. A single update answers 200 with <c>validation_errors</c> when a field is refused (the offer is then
/// unchanged): callers must check it even on success.
/// </summary>
public static class OfferEndpoints
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder app, TakealotState state, BatchProcessor batches)
    {
        app.MapGet("/v2/offers", (int? page_number, int? page_size, string? offer_ids) =>
        {
            var (number, size) = Paging(page_number, page_size);
            var ids = (offer_ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            return state.Read(s =>
            {
                var matching = s.Offers.Where(o => ids.Count == 0 || ids.Contains(o.OfferId.ToString(CultureInfo.InvariantCulture))).ToList();
                var page = matching.Skip((number - 1) * size).Take(size).Select(o => (JsonNode)OfferJson.Of(s, o));
                return Results.Json(new JsonObject { ["total_results"] = matching.Count, ["page_size"] = size, ["page_number"] = number, ["offers"] = new JsonArray([.. page]) });
            });
        });
        app.MapGet("/v2/offers/count", () => state.Read(s => Results.Json(new { count = s.Offers.Count })));
        app.MapGet("/v2/offers/offer/{identifier}", (string identifier) => Get(state, identifier));
        app.MapGet("/v2/offers/offer", (string? identifier) => Get(state, Required(identifier)));
        app.MapPatch("/v2/offers/offer/{identifier}", async (string identifier, HttpRequest request) => Update(state, identifier, await ObjectAsync(request)));
        app.MapPatch("/v2/offers/offer", async (string? identifier, HttpRequest request) => Update(state, Required(identifier), await ObjectAsync(request)));
        app.MapPost("/v2/offers/offer/{barcode}", async (string barcode, HttpRequest request) =>
        {
            var body = await ObjectAsync(request);
            return state.Read(s =>
            {
                var (offer, errors) = OfferCreator.Create(s, barcode, body);
                if (offer is null) return Results.Json(new JsonObject { ["message"] = string.Join(" ", errors.Select(e => $"{e["code"]}: {e["message"]}")), ["validation_errors"] = new JsonArray([.. errors]) }, statusCode: 400);
                return Results.Json(new JsonObject { ["offer"] = OfferJson.Of(s, offer), ["validation_errors"] = new JsonArray() });
            });
        });
        app.MapPost("/v2/offers/batch", async (HttpRequest request) =>
        {
            var items = await ArrayAsync(request);
            return Results.Json(batches.Json(batches.Submit(items)));
        });
        app.MapGet("/v2/offers/batch/{batchId}", (string batchId) =>
        {
            var batch = int.TryParse(batchId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? state.Read(s => s.Batches.GetValueOrDefault(id)) : null;
            return batch is null ? throw new TakealotRequestException(404, $"Batch {batchId} not found.") : Results.Json(batches.Json(batch));
        });
    }

    /// <summary>A page number (from 1) and size (1–100); 400 beyond.</summary>
    public static (int Number, int Size) Paging(int? pageNumber, int? pageSize)
    {
        var size = pageSize ?? MaxPageSize;
        if (size is < 1 or > MaxPageSize) throw new TakealotRequestException(400, $"page_size must be between 1 and {MaxPageSize}.");
        var number = pageNumber ?? 1;
        if (number < 1) throw new TakealotRequestException(400, "page_number starts at 1.");
        return (number, size);
    }

    private static IResult Get(TakealotState state, string identifier) => state.Read(s =>
        OfferIdentifier.Find(s, identifier) is { } offer ? Results.Json(OfferJson.Of(s, offer)) : throw new TakealotRequestException(404, $"Offer '{identifier}' not found."));

    private static IResult Update(TakealotState state, string identifier, JsonObject body) => state.Read(s =>
    {
        var offer = OfferIdentifier.Find(s, identifier) ?? throw new TakealotRequestException(404, $"Offer '{identifier}' not found.");
        var errors = OfferWriter.Apply(s, offer, body);
        return Results.Json(new JsonObject { ["offer"] = OfferJson.Of(s, offer), ["validation_errors"] = new JsonArray([.. errors]) });
    });

    private static string Required(string? identifier) =>
        string.IsNullOrEmpty(identifier) ? throw new TakealotRequestException(400, "The identifier query parameter is required.") : identifier;

    private static async Task<JsonObject> ObjectAsync(HttpRequest request) =>
        await ParseAsync(request) as JsonObject ?? throw new TakealotRequestException(400, "The body must be a JSON object.");

    private static async Task<IReadOnlyList<JsonObject>> ArrayAsync(HttpRequest request)
    {
        var array = await ParseAsync(request) as JsonArray ?? throw new TakealotRequestException(400, "The body must be a JSON array of offers.");
        return [.. array.Select(item => item as JsonObject ?? throw new TakealotRequestException(400, "Every batch item must be a JSON object."))];
    }

    private static async Task<JsonNode?> ParseAsync(HttpRequest request)
    {
        try { return await JsonNode.ParseAsync(request.Body); }
        catch (JsonException e) { throw new TakealotRequestException(400, "The body is not valid JSON: " + e.Message); }
    }
}
