namespace Stockbridge.Connectors.Manifest;

/// <summary>What a connector can carry, as shown on its page and in the console.</summary>
[Flags]
public enum ConnectorCapabilities
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>Reads or writes products, variants, prices and stock.</summary>
    Products = 1,
    /// <summary>Reads or writes customers.</summary>
    Customers = 2,
    /// <summary>Receives or raises orders.</summary>
    Orders = 4,
    /// <summary>Creates fulfilments or carries tracking.</summary>
    Fulfillments = 8,
    /// <summary>Receives signed webhooks.</summary>
    Webhooks = 16,
    /// <summary>Reads only what changed since a cursor.</summary>
    IncrementalReads = 32,
    /// <summary>Writes many records per call.</summary>
    BulkWrites = 64,
}
