namespace Stockbridge.Connectors.Source;

/// <summary>An order as the source holds it after raising.</summary>
/// <param name="SourceOrderCode">The source's order number (e.g. SYSPRO SalesOrder).</param>
/// <param name="ChannelOrderCode">The channel order code it was raised for (the customer PO number).</param>
public sealed record RaisedOrder(string SourceOrderCode, string ChannelOrderCode);
