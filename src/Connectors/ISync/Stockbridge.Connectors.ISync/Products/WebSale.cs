namespace Stockbridge.Connectors.ISync.Products;

/// <summary>The three values of iSync's user-defined <c>WebSale</c> field.</summary>
public enum WebSale
{
    /// <summary>Never sent to Stockbridge; the hub's record is left as it is.</summary>
    Ignore,
    /// <summary>For sale on the channels.</summary>
    Active,
    /// <summary>Taken off sale: the product is inactive and follows each channel's inactive rule.</summary>
    Delete,
}
