namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;

/// <summary>One OrderDetails line: StockLine, CommentLine, MiscChargeLine or FreightLine. Numbers stay raw text until validated.</summary>
internal sealed record SortoiLine(
    string Kind, string? CustomerPoLine, string? StockCode, string? Warehouse, string? OrderQty, string? Price,
    string? Comment, string? ChargeValue, string? Description, string? ProductClass);
