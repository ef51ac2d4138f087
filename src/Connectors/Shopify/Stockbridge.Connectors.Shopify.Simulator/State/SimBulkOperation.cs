namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>A bulk mutation run: JSONL of variables in, JSONL of results out.</summary>
public sealed class SimBulkOperation
{
    public required long Id { get; init; }
    public required string Query { get; init; }
    public string Type { get; init; } = "MUTATION";
    public string Status { get; set; } = "CREATED";
    public string? ErrorCode { get; set; }
    public long ObjectCount { get; set; }
    public long RootObjectCount { get; set; }
    public long? FileSize { get; set; }
    public string? Url { get; set; }
    public string? PartialDataUrl { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; set; }
}
