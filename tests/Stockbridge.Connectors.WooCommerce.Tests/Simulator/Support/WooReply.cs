using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;

/// <summary>An answer of the simulated store: status, JSON body and headers.</summary>
internal sealed record WooReply(int Status, JsonNode? Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>Asserts the WordPress error shape and returns its code.</summary>
    public string ErrorCode()
    {
        Body.ShouldBeOfType<JsonObject>();
        Body!["message"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        Body["data"]!["status"]!.GetValue<int>().ShouldBe(Status);
        return Body["code"]!.GetValue<string>();
    }
}
