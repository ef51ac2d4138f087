namespace Stockbridge.Connectors.Shopify.Simulator.Faults;

/// <summary>
/// Faults to inject, changed at run time through <c>POST /_sim/faults</c> or <see cref="ShopifySimulatorHost.Faults"/>.
/// Rates are fractions 0..1.
/// </summary>
public sealed class FaultSettings
{
    /// <summary>The next N Admin API calls answer 503.</summary>
    public int ServerErrors { get; set; }
    /// <summary>Fraction of Admin API calls that answer 503.</summary>
    public double ServerErrorRate { get; set; }
    /// <summary>Every Admin API call is THROTTLED until this time (a throttle storm).</summary>
    public DateTimeOffset? ThrottleUntil { get; set; }
    /// <summary>Answer THROTTLED with HTTP 429 instead of 200.</summary>
    public bool ThrottleWith429 { get; set; }
    /// <summary>Added to every Admin API call.</summary>
    public TimeSpan Latency { get; set; }
    /// <summary>The next N Admin API responses have a malformed (truncated) JSON body.</summary>
    public int MalformedResponses { get; set; }
    /// <summary>Fraction of webhook deliveries silently dropped.</summary>
    public double WebhookDropRate { get; set; }
    /// <summary>Fraction of webhook deliveries sent twice (same X-Shopify-Webhook-Id).</summary>
    public double WebhookDuplicateRate { get; set; }
    /// <summary>Fraction of webhook deliveries whose body is not valid JSON (still correctly signed).</summary>
    public double WebhookMalformedRate { get; set; }

    /// <summary>Turns every fault off.</summary>
    public void Clear()
    {
        ServerErrors = 0;
        ServerErrorRate = 0;
        ThrottleUntil = null;
        ThrottleWith429 = false;
        Latency = TimeSpan.Zero;
        MalformedResponses = 0;
        WebhookDropRate = 0;
        WebhookDuplicateRate = 0;
        WebhookMalformedRate = 0;
    }
}
