using System.ComponentModel.DataAnnotations;

namespace Stockbridge.Web.Webhooks;

/// <summary>The webhook intake at <c>POST /webhooks/{connectionId}</c>. Bound from <c>Stockbridge:Webhooks</c>.</summary>
public sealed class WebhookIntakeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Stockbridge:Webhooks";

    /// <summary>The largest body accepted; a larger one gets 413 and is not stored.</summary>
    /// <value>1 MiB.</value>
    [Range(1, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Group commit: deliveries arriving while a commit is in flight are stored together in the next one
    /// (one transaction, one fsync), and each request still gets its 200 only after its own batch has committed.
    /// </summary>
    /// <value>true.</value>
    public bool GroupCommit { get; set; } = true;

    /// <summary>The most deliveries in one group commit.</summary>
    /// <value>256.</value>
    [Range(1, 10_000)]
    public int MaxBatch { get; set; } = 256;

    /// <summary>Deliveries waiting for a commit before new ones are turned away with 503 (back pressure).</summary>
    /// <value>10 000.</value>
    [Range(1, 1_000_000)]
    public int MaxQueued { get; set; } = 10_000;

    /// <summary>Rejected deliveries logged one by one per connection per minute; the rest of the minute's are logged as a count.</summary>
    /// <value>5.</value>
    [Range(0, 100_000)]
    public int RejectedLogsPerMinute { get; set; } = 5;

    /// <summary>How long a looked-up connection (and its verifier) is reused; a disabled connection stops taking webhooks within this time.</summary>
    /// <value>5 seconds.</value>
    public TimeSpan ConnectionCacheTtl { get; set; } = TimeSpan.FromSeconds(5);
}
