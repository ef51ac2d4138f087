using Stockbridge.Bench.Shared;
using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;
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
    private IReadOnlyDictionary<FaultKind, int> _faults = new Dictionary<FaultKind, int>();
    private WebhookFigures? _webhooks;

    public string Stage { get; set; } = "starting";
    public TimeSpan Elapsed => time.GetElapsedTime(_started);

    public void Attach(DemoEnvironment world, HubProcess hub) => (_world, _hub) = (world, hub);
    public void Attach(DemoTraffic traffic, SoakMonitor monitor) => (_traffic, _monitor) = (traffic, monitor);

    /// <summary>Copies what the simulators know while they still run (they are gone once the world is disposed).</summary>
    public void Snapshot()
    {
        if (_world is null) return;
        _faults = _world.Syspro.Faults.InjectedByKind;
        _webhooks = WebhookFigures.From(_world.Shop.WebhookLog);
    }

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
        Faults = _faults,
        Webhooks = _webhooks,
    };
}
