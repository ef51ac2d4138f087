namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A product in the simulated shop.</summary>
public sealed class SimProduct
{
    public required long Id { get; init; }
    public required string Title { get; set; }
    public required string Handle { get; set; }
    public string DescriptionHtml { get; set; } = "";
    public string Vendor { get; set; } = "";
    public string ProductType { get; set; } = "";
    public string Status { get; set; } = "ACTIVE";
    public List<string> Tags { get; set; } = [];
    public List<SimOption> Options { get; set; } = [];
    public List<SimVariant> Variants { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
