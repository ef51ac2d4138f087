namespace Stockbridge.Connectors.ISync.Simulator.State;

/// <summary>The three values of the <c>WebSale</c> user-defined field the seed names.</summary>
public static class WebSaleValues
{
    /// <summary>Not sent to the hub.</summary>
    public const string Ignore = "Ignore";
    /// <summary>For sale on the channels.</summary>
    public const string Active = "Active";
    /// <summary>Removed from sale (the channel's inactive rule).</summary>
    public const string Delete = "Delete";
}
