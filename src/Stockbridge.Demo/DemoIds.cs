namespace Stockbridge.Demo;

/// <summary>The fixed names of the demo's client and connections.</summary>
public static class DemoIds
{
    /// <summary>The sample merchant.</summary>
    public const string Client = "demo";
    /// <summary>The SYSPRO source connection.</summary>
    public const string Syspro = "demo-syspro";
    /// <summary>The Shopify channel connection.</summary>
    public const string Shopify = "demo-shopify";
    /// <summary>The sample company's cash account: web orders without a B2B account are raised against it.</summary>
    public const string CashAccount = "CASH";
    /// <summary>The SYSPRO order type code of a web sales order in the sample company.</summary>
    public const string WebOrderType = "WB";
    /// <summary>The SYSPRO order type code raised when the rules say invoice.</summary>
    public const string InvoiceOrderType = "IN";
}
