namespace Stockbridge.Demo;

/// <summary>The fixed names of the demo's client and connections.</summary>
public static class DemoIds
{
    /// <summary>The sample merchant.</summary>
    public const string Client = "demo";
    /// <summary>The SYSPRO source connection (the default demo's).</summary>
    public const string Syspro = "demo-syspro";
    /// <summary>The Shopify channel connection (the default demo's).</summary>
    public const string Shopify = "demo-shopify";

    /// <summary>The demo's connection id for a connector.</summary>
    public static string Connection(string connectorKey) => "demo-" + connectorKey;
}
