namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>One line of an outbound.</summary>
/// <param name="ItemNo">The SKU.</param>
/// <param name="Name">Its name.</param>
/// <param name="Qty">How many.</param>
/// <param name="FromReserve">Whether it is taken from reserved stock.</param>
public sealed record OutboundItem(string ItemNo, string Name, int Qty, bool FromReserve);
