using Stockbridge.Bench.Shared;
using System.Diagnostics;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;

namespace Stockbridge.Bench.Catalogue;

/// <summary>Takes the counters at a step's start (shop points and writes, the hub's calls, process CPU, the last job id) and turns the differences into a <see cref="StepResult"/>.</summary>
internal sealed class StepMeter
{
    private readonly ShopifySimulatorHost _shop;
    private readonly ShopifyCallMeter _calls;
    private readonly HubJobs _jobs;
    private long _points;
    private long _writes;
    private ShopifyCallCounts _callsAtStart = new(0, 0, 0, 0, 0, 0, 0, TimeSpan.Zero);
    private TimeSpan _cpu;
    private long _lastJobId;

    private StepMeter(ShopifySimulatorHost shop, ShopifyCallMeter calls, HubJobs jobs) => (_shop, _calls, _jobs) = (shop, calls, jobs);

    /// <summary>When the step started (a <see cref="Stopwatch"/> timestamp).</summary>
    public long Started { get; private set; }

    public static async Task<StepMeter> StartAsync(ShopifySimulatorHost shop, ShopifyCallMeter calls, HubJobs jobs, CancellationToken cancellationToken)
    {
        var meter = new StepMeter(shop, calls, jobs)
        {
            _points = shop.Runtime.Bucket.TotalCharged,
            _writes = await shop.ReadAsync(s => s.AdminWrites, cancellationToken),
            _callsAtStart = calls.Snapshot(),
            _cpu = Cpu(),
            _lastJobId = await jobs.LastIdAsync(cancellationToken),
        };
        meter.Started = Stopwatch.GetTimestamp();
        return meter;
    }

    /// <summary>Ends the step: <paramref name="done"/> is when its work was visible on the shop; the hub is idle now.</summary>
    public async Task<StepResult> StopAsync(string name, long done, ShopMatch? match, string detail, CancellationToken cancellationToken)
    {
        var idle = Stopwatch.GetElapsedTime(Started);
        var cpu = Cpu() - _cpu;
        var bucket = _shop.Runtime.Bucket;
        var points = bucket.TotalCharged - _points;
        var writes = await _shop.ReadAsync(s => s.AdminWrites, cancellationToken) - _writes;
        var calls = _calls.Snapshot() - _callsAtStart;
        var minimum = TimeSpan.FromSeconds(Math.Max(0, (calls.ActualPoints - bucket.Capacity) / bucket.RestoreRate));
        var jobs = await _jobs.StatsAsync(_lastJobId, cancellationToken);
        return new StepResult(name, Stopwatch.GetElapsedTime(Started, done), idle, points, minimum, writes, calls, cpu, jobs, match, detail, MachineInfo.Load());
    }

    private static TimeSpan Cpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
