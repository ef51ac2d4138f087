using System.ComponentModel.DataAnnotations;
using Stockbridge.Engine.Retries;

namespace Stockbridge.Engine.Workers;

/// <summary>How this process's workers claim and run jobs. Bound from <c>Stockbridge:Engine</c>.</summary>
public sealed class JobEngineOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Stockbridge:Engine";

    /// <summary>Whether this process runs workers at all (a web-only node sets false).</summary>
    /// <value>true.</value>
    public bool RunWorkers { get; set; } = true;

    /// <summary>This worker's id in the store; null makes one from machine name, process id and a random suffix.</summary>
    /// <value>null.</value>
    public string? WorkerId { get; set; }

    /// <summary>Jobs run at once by this process. Jobs mostly wait on outside systems, so this is well above the core count.</summary>
    /// <value>16.</value>
    [Range(1, 256)]
    public int Slots { get; set; } = 16;

    /// <summary>
    /// Of <see cref="Slots"/>, at most this many run background jobs (full pulls and pushes, order polls, reconcile sweeps);
    /// the rest are kept for events. With a single slot both lanes share it.
    /// </summary>
    /// <value>4.</value>
    [Range(1, 256)]
    public int BackgroundSlots { get; set; } = 4;

    /// <summary>
    /// Never more than this many jobs of one connection running at once in one lane, across all workers (0: no limit).
    /// </summary>
    /// <value>4.</value>
    [Range(0, 256)]
    public int MaxRunningPerConnection { get; set; } = 4;

    /// <summary>Job starts per second per connection in this process (0: unlimited).</summary>
    /// <value>0.</value>
    [Range(0, 100_000)]
    public double PerConnectionRatePerSecond { get; set; }

    /// <summary>How many starts a connection may make at once before the rate applies.</summary>
    /// <value>5.</value>
    [Range(1, 100_000)]
    public double PerConnectionBurst { get; set; } = 5;

    /// <summary>How long a worker holds a job before another may take it; renewed every third of it while the job runs.</summary>
    /// <value>30 seconds.</value>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often a running job checks that its connection is still enabled; once it is disabled the job is stopped (it
    /// starts no further outside calls) and parked. Zero: never checked while running.
    /// </summary>
    /// <value>2 seconds.</value>
    public TimeSpan ConnectionCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest idle wait between polls (expired leases of dead workers are found by polling).</summary>
    /// <value>1 second.</value>
    public TimeSpan MaxIdleWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The shortest idle wait (when due jobs are held back by the per-connection limit).</summary>
    /// <value>20 milliseconds.</value>
    public TimeSpan MinIdleWait { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>On stop, how long running jobs may finish before they are cancelled and released.</summary>
    /// <value>10 seconds.</value>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retry policy.</summary>
    public RetryOptions Retry { get; set; } = new();
}
