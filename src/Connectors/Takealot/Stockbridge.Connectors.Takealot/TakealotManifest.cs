using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Takealot;

/// <summary>What the hub, the setup form and the getting-started page know about the Takealot channel.</summary>
public static partial class TakealotManifest
{
    /// <summary>The connector's key.</summary>
    public const string Key = "takealot";

    /// <summary>The manifest.</summary>
    public static ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "Takealot",
        Kind = ConnectorKind.Channel,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Orders | ConnectorCapabilities.Fulfillments
            | ConnectorCapabilities.Webhooks | ConnectorCapabilities.BulkWrites,
        Description = "Takealot is South Africa's largest marketplace. Stockbridge keeps your Takealot offers in step with the ERP through the "
            + "Seller API's offer batches (selling price from the channel's price tier and RRP from its compare-at tier, both in whole rand, "
            + "and leadtime stock in your mapped warehouse), receives sales by signed webhooks with a polling reconciler, raises each order "
            + "into the ERP once, sends leadtime orders to your fulfilment and confirms their shipment back to Takealot, and marks orders "
            + "Takealot ships from its own DCs as already shipped, so they never reach your warehouse.",
        Settings = TakealotSettingDefinitions.All,
        Prerequisites =
        [
            "A Takealot seller account with an API key (Seller Portal > API Integrations).",
            "Offers on Takealot whose SKU is your ERP's stock code, or a barcode in the ERP that is in Takealot's catalogue (new offers are created on it).",
            "The id of the merchant warehouse whose leadtime stock Stockbridge sets.",
            "Optionally a webhook (New Leadtime Order, Sale Status Changed, Batch Completed) delivering to https://<your hub>/webhooks/<connection id>, with its secret entered here.",
        ],
        FieldTables = FieldTables,
        NotSupported =
        [
            "Titles, descriptions and images: Takealot's catalogue owns them; sellers write offers, not products.",
            "The ERP's order number is not written back: a Takealot sale has no field for the seller's reference (the ERP order carries Takealot's order id).",
            "Prices are whole rand: ERP prices are rounded down to the rand (cents are dropped).",
            "Drop-ship orders are read like leadtime orders; their acceptance and collection deadlines are not acted on.",
            "Takealot's fees, returns and payouts (Marketplace API transactions and balances) are not read.",
            "Stock at Takealot's DCs is read with the offer but not yet shown in the console.",
        ],
    };
}
