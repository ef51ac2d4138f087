namespace Stockbridge.Connectors.Syspro.Simulator.Database.Records;

/// <summary>An InvWarehouse row.</summary>
public sealed record WarehouseStock(string Warehouse, decimal QtyOnHand, decimal QtyAllocated);
