namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>What the warehouse does with an outbound line for a SKU it has never held.</summary>
public enum UnknownItemPolicy
{
    /// <summary>Adds the SKU with no stock; the outbound waits at 240 Awaiting Stock until stock arrives.</summary>
    AwaitStock,
    /// <summary>Refuses the outbound with 400 naming the SKU.</summary>
    Refuse,
    /// <summary>Adds the SKU with <see cref="Warehouse.FirstSightStock"/> units put away (a warehouse that holds all the client sells: the demo).</summary>
    StockOnFirstSight,
}
