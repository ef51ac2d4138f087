using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Takealot.Offers;

/// <summary>What Takealot did with one batch item: the offer id it wrote, or its validation errors in its own words.</summary>
/// <param name="OfferId">The offer's id, when written.</param>
/// <param name="Errors">Each refusal as "E23: RRP … must be …"; empty when written.</param>
public sealed record BatchResult(string? OfferId, IReadOnlyList<string> Errors)
{
    /// <summary>Reads one <c>result[]</c> entry of a completed batch.</summary>
    public static BatchResult Read(JsonNode? result)
    {
        var errors = (result?["validation_errors"] as JsonArray ?? [])
            .Select(e => $"{e?["code"]?.GetValue<string>() ?? "?"}: {e?["message"]?.GetValue<string>() ?? "(no message)"}").ToList();
        var offerId = result?["offer"]?["offer_id"] is JsonValue v && v.TryGetValue<long>(out var id) ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return new BatchResult(errors.Count == 0 ? offerId : null, errors);
    }
}
