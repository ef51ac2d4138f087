namespace Stockbridge.Connectors.Syspro.Simulator.Admin;

/// <summary>Body of PUT /admin/sales-orders/{salesOrder}/lines/{line}/price: the line's new unit price ex tax.</summary>
public sealed record OrderLinePriceChange(decimal Price);
