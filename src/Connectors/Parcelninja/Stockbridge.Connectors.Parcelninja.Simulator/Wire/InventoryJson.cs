using System.Text.Json.Nodes;
using Stockbridge.Connectors.Parcelninja.Simulator.State;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Wire;

/// <summary>Inventory and stock adjustments on the wire (inventory field names are a guess from the API's sort and filter enums).</summary>
public static class InventoryJson
{
    /// <summary>One SKU.</summary>
    public static JsonObject Item(InventoryItem i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new JsonObject
        {
            ["itemNo"] = i.ItemNo,
            ["name"] = i.ItemName,
            ["itemName"] = i.ItemName,
            ["inStock"] = i.InStock,
            ["allocated"] = i.Allocated,
            ["unallocated"] = i.Unallocated,
            ["reserved"] = i.Reserved,
            ["broken"] = i.Broken,
            ["onReorder"] = false,
            ["costPrice"] = i.CostPrice,
        };
    }

    /// <summary>The stock-adjustment webhook (observed sample shape).</summary>
    public static JsonObject Adjustment(StockAdjustment a, string storeName)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new JsonObject
        {
            ["sku"] = a.Sku,
            ["timestamp"] = ParcelninjaDates.Timestamp(a.At),
            ["stockType"] = a.StockType,
            ["oldQuantity"] = a.OldQuantity,
            ["newQuantity"] = a.NewQuantity,
            ["change"] = a.Change,
            ["reason"] = a.Reason,
            ["quantity"] = a.NewQuantity,
            ["storeName"] = storeName,
        };
    }
}
