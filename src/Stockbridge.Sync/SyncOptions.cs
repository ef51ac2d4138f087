using System.ComponentModel.DataAnnotations;

namespace Stockbridge.Sync;

/// <summary>How the sync pipeline batches and schedules. Bound from <c>Stockbridge:Sync</c>.</summary>
public sealed class SyncOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Stockbridge:Sync";

    /// <summary>Records upserted per transaction by a pull (the cursor is stored after each batch).</summary>
    /// <value>500.</value>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Products compared per reconcile snapshot read.</summary>
    /// <value>100.</value>
    [Range(1, 10_000)]
    public int ReconcileBatchSize { get; set; } = 100;

    /// <summary>Whether this process runs the <see cref="Scheduling.SyncScheduler"/>.</summary>
    /// <value>true.</value>
    public bool RunScheduler { get; set; } = true;

    /// <summary>This node's id on schedule leases; null makes one.</summary>
    public string? NodeId { get; set; }

    /// <summary>How often the scheduler looks for due work.</summary>
    /// <value>5 seconds.</value>
    public TimeSpan SchedulerTick { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Source pull interval when neither rules nor settings name <c>poll_interval_seconds</c>.</summary>
    /// <value>60 seconds.</value>
    public TimeSpan DefaultPollInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Channel order poll interval when the rules name none.</summary>
    /// <value>5 minutes.</value>
    public TimeSpan DefaultOrderPollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Reconcile sweep interval when the rules name none.</summary>
    /// <value>15 minutes.</value>
    public TimeSpan DefaultReconcileInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>An order poll reads back this far before its last start, so nothing slips between polls.</summary>
    /// <value>10 minutes.</value>
    public TimeSpan OrderPollOverlap { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How far back the first order poll, and every reconcile sweep, reads channel orders.</summary>
    /// <value>3 days.</value>
    public TimeSpan OrderLookback { get; set; } = TimeSpan.FromDays(3);
}
