using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>JSON for the /_sim test endpoints: snake_case.</summary>
public static class SimAdminJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
