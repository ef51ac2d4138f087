namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>One SKU in the warehouse: what is on the shelf, allocated to outbounds and reserved.</summary>
public sealed class InventoryItem
{
    /// <summary>The SKU.</summary>
    public required string ItemNo { get; init; }
    /// <summary>Its name.</summary>
    public required string ItemName { get; set; }
    /// <summary>Units physically in the warehouse.</summary>
    public int InStock { get; set; }
    /// <summary>Units allocated to outbounds not yet dispatched.</summary>
    public int Allocated { get; set; }
    /// <summary>Units reserved by the client.</summary>
    public int Reserved { get; set; }
    /// <summary>Units damaged.</summary>
    public int Broken { get; set; }
    /// <summary>The client's cost price.</summary>
    public decimal CostPrice { get; set; }

    /// <summary>Units free for new outbounds: in stock less allocated and reserved.</summary>
    public int Unallocated => InStock - Allocated - Reserved;
}
