using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;
using Stockbridge.Demo;

namespace Stockbridge.Bench.Soak;

/// <summary>Everything a soak run found: the verdict, the times, and the counts of what went wrong on purpose.</summary>
internal sealed record SoakResult
{
    public required string Machine { get; init; }
    public required string LoadAtStart { get; init; }
    public required string LoadAtEnd { get; init; }
    public DemoVerdict? Verdict { get; init; }
    public string? Failure { get; init; }
    public required TimeSpan WallTime { get; init; }
    public TimeSpan PlacingTime { get; init; }
    /// <summary>From the first order placed until the last kill.</summary>
    public TimeSpan KillingTime { get; init; }
    /// <summary>Orders in SYSPRO when the killing stopped.</summary>
    public int RaisedWhileKilling { get; init; }
    /// <summary>From the first order placed until SYSPRO held one sales order for every order.</summary>
    public TimeSpan? RaiseWindow { get; init; }
    public int OrdersPlaced { get; init; }
    public int OrdersRaised { get; init; }
    public int Kills { get; init; }
    public int Starts { get; init; }
    public IReadOnlyDictionary<FaultKind, int> Faults { get; init; } = new Dictionary<FaultKind, int>();
    public WebhookFigures? Webhooks { get; init; }
    public HubFigures? Hub { get; init; }

    public bool Ok => Failure is null && Verdict is { Ok: true } && OrdersPlaced > 0;
    public double? OrdersPerSecond => RaiseWindow is { TotalSeconds: > 0 } w ? OrdersRaised / w.TotalSeconds : null;
}
