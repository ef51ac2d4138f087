namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>Body of <c>POST /_sim/faults</c>; fields left out are unchanged. Durations in milliseconds.</summary>
public sealed record FaultRequest
{
    public int? ServerErrors { get; init; }
    public double? ServerErrorRate { get; init; }
    public int? ThrottleForMs { get; init; }
    public bool? ThrottleWith429 { get; init; }
    public int? LatencyMs { get; init; }
    public int? MalformedResponses { get; init; }
    public double? WebhookDropRate { get; init; }
    public double? WebhookDuplicateRate { get; init; }
    public double? WebhookMalformedRate { get; init; }
}
