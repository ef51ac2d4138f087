using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.ISync.Manifest;

/// <summary>What the hub, the setup form and the getting-started page know about iSync.</summary>
public static class ISyncManifest
{
    /// <summary>The connector's key.</summary>
    public const string Key = "isync";

    /// <summary>The manifest.</summary>
    public static ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "iSync",
        Kind = ConnectorKind.Source,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Orders | ConnectorCapabilities.IncrementalReads,
        Description = "iSync is an online (cloud) accounting system. Stockbridge logs in with an iSync username/e-mail and password, "
            + "reads products, prices and stock changed since its last read, and raises channel orders into iSync exactly once "
            + "(it looks the order up by its PONumber before it ever posts it again). iSync publishes no API: this connector speaks "
            + "Stockbridge's ASSUMED iSync contract, written down in docs/connectors/isync-assumed-contract.md and NOT verified against iSync.",
        Settings = ISyncSettingDefinitions.All,
        Prerequisites =
        [
            "An iSync user whose login may read stock items and raise sales orders.",
            "The user-defined field WebSale on stock items, set to Active (sold), Delete (taken off the channels) or Ignore (never sent).",
            "A pre-defined iSync service item for shipping (and one for rounding cents), named in the settings.",
        ],
        FieldTables = ISyncFieldTables.All,
        NotSupported =
        [
            "Syncing customers from iSync: not supported (import customers into Stockbridge by CSV instead).",
            "Stock per warehouse: one warehouse's AvailableUnits and prices are read (the Master warehouse unless set).",
            "A product iSync deletes outright (rather than setting WebSale to Delete) is not seen by incremental reads.",
            "The iSync contract is assumed, not published by iSync: field names come from iSync's hub page, the rest is unverified.",
        ],
    };
}
