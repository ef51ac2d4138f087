namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;

/// <summary>
/// One OrderDetails line: StockLine, CommentLine, MiscChargeLine or FreightLine. Numbers stay raw text until validated. A StockLine's
/// discount is LineDiscValue with LineDiscValFlag (V: a value for the line, U: a value per unit) or LineDiscPercent1-3 (compounded).
/// LineActionType: A add, C change, D delete (the last two only in a change document, matched by CustomerPoLine).
/// </summary>
internal sealed record SortoiLine(
    string Kind, string? CustomerPoLine, string? StockCode, string? Warehouse, string? OrderQty, string? Price,
    string? Comment, string? ChargeValue, string? Description, string? ProductClass,
    string? DiscValue = null, string? DiscValFlag = null, IReadOnlyList<string?>? DiscPercents = null, string LineActionType = "A");
