using Stockbridge.Demo;

namespace Stockbridge.Bench.Soak;

/// <summary>What a run has got to so far, so a run that times out or fails still reports what it saw.</summary>
internal sealed class SoakState(TimeProvider time)
{
    private readonly long _started = time.GetTimestamp();
    private DemoEnvironment? _world;
    private HubProcess? _hub;
    private DemoTraffic? _traffic;
    private SoakMonitor? _monitor;

    public string Stage { get; set; } = "starting";
    public TimeSpan Elapsed => time.GetElapsedTime(_started);

    public void Attach(DemoEnvironment world, HubProcess hub) => (_world, _hub) = (world, hub);
    public void Attach(DemoTraffic traffic, SoakMonitor monitor) => (_traffic, _monitor) = (traffic, monitor);

    public SoakResult Partial(string machine, string load, TimeSpan wall, string? failure) => new()
    {
        Machine = machine,
        LoadAtStart = load,
        LoadAtEnd = MachineInfo.Load(),
        Failure = failure,
        WallTime = wall,
        OrdersPlaced = _traffic?.PlacedOrders.Count ?? 0,
        OrdersRaised = _monitor?.Raised ?? 0,
        Kills = _hub?.Kills ?? 0,
        Starts = _hub?.Starts ?? 0,
        Faults = _world?.Syspro.Faults.InjectedByKind ?? new Dictionary<Connectors.Syspro.Simulator.Faults.FaultKind, int>(),
        Webhooks = _world is null ? null : WebhookFigures.From(_world.Shop.WebhookLog),
    };
}
