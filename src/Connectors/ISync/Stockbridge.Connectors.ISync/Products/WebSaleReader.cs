namespace Stockbridge.Connectors.ISync.Products;

/// <summary>Reads a WebSale value as typed (ignoring case and surrounding spaces); anything but the three values is null.</summary>
public static class WebSaleReader
{
    /// <summary>The value, or null when it is not Ignore, Active or Delete.</summary>
    public static WebSale? Read(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        return typed.Trim().ToUpperInvariant() switch
        {
            "IGNORE" => WebSale.Ignore,
            "ACTIVE" => WebSale.Active,
            "DELETE" => WebSale.Delete,
            _ => null,
        };
    }
}
