namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>
/// One SKU in the warehouse. <see cref="InStock"/> is free stock on the shelf: an outbound's units leave it when the outbound is
/// allocated (adjustment "Outbound Created") and sit in <see cref="Allocated"/> until dispatched; reserved units leave it too.
/// </summary>
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

    /// <summary>Units free for new outbounds (the same as <see cref="InStock"/>: allocated and reserved units have left it).</summary>
    public int Unallocated => InStock;
}
