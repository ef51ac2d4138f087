namespace Stockbridge.Connectors.Manifest;

/// <summary>The roles a connector can play; a connector may play several.</summary>
[Flags]
public enum ConnectorKind
{
    /// <summary>No role.</summary>
    None = 0,
    /// <summary>An ERP or accounting system: the source of truth for products, prices, stock and customers.</summary>
    Source = 1,
    /// <summary>A sales channel: where products are sold and orders come from.</summary>
    Channel = 2,
    /// <summary>A fulfilment service: who ships orders.</summary>
    Fulfillment = 4,
}
