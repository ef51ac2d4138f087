using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Parcelninja;

/// <summary>What the hub, the setup form and the getting-started page know about the Parcelninja fulfilment service.</summary>
public static class ParcelninjaManifest
{
    /// <summary>The connector's key.</summary>
    public const string Key = "parcelninja";

    /// <summary>The manifest.</summary>
    public static ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "Parcelninja",
        Kind = ConnectorKind.Fulfillment,
        Capabilities = ConnectorCapabilities.Fulfillments | ConnectorCapabilities.Webhooks,
        Description = "Parcelninja is a South African 3PL. Stockbridge creates one outbound per order raised in the ERP, follows its events "
            + "(a webhook makes the hub read the outbound back at once; polling covers missed ones) and carries the courier, tracking number and tracking URL back to the channel. "
            + "The connector reads Parcelninja's warehouse stock, but the hub does not use it as a stock location yet.",
        Settings = ParcelninjaSettingDefinitions.All,
        Prerequisites =
        [
            "A Parcelninja account with Store API access, and an API username and password from its dashboard (User management > API Keys).",
            "Your SKUs set up as items at Parcelninja (the outbound's itemNo is the order line's SKU).",
            "For status webhooks: the hub's webhook URL for this connection registered at Parcelninja (POST /hooks). Parcelninja does not sign webhooks, "
                + "so Stockbridge re-reads the outbound before acting on one; polling covers missed ones.",
        ],
        FieldTables =
        [
            new("orders", "Stockbridge → Parcelninja (outbound) and back (tracking)",
            [
                new("clientId", "channel_order_code", "Your order number: one outbound per order, looked up by it (X-Client-Id) before any retry."),
                new("typeId", "(2)", "Always 2, a customer order."),
                new("deliveryInfo.customer", "shipping_address.first_name + last_name", "The recipient (company if no name), at most 50 characters."),
                new("deliveryInfo.email", "customer.email", "Left out when longer than 50 characters."),
                new("deliveryInfo.contactNo", "shipping_address.phone", "As a 10-digit South African number (+27 becomes 0); left out when it is not one."),
                new("deliveryInfo.addressLine1 / addressLine2", "shipping_address.address1 / address2", "At most 50 characters each."),
                new("deliveryInfo.suburb", "shipping_address.city", "At most 50 characters."),
                new("deliveryInfo.postalCode", "shipping_address.zip", "The 4-digit postal code."),
                new("items[].itemNo", "line_items[].sku", "The SKU to pick; repeated SKUs are sent as one line."),
                new("items[].name / qty", "line_items[].title / qty", "Whole units only."),
                new("deliveryInfo.trackingNo (waybillNumber)", "fulfillments[].tracking_number", "Read back once dispatched (event 244)."),
                new("deliveryInfo.courierName", "fulfillments[].tracking_company", "Read back once dispatched."),
                new("deliveryInfo.trackingURL", "fulfillments[].tracking_url", "Read back once dispatched."),
                new("events[0].code", "fulfillments[].status", "pending until a courier has it, open once dispatched (244), complete at 245 Delivered."),
            ], "The outbound read's field names beyond the webhook sample (trackingNo, courierName) are unverified."),
        ],
        NotSupported =
        [
            "Inbounds (stock arriving at the warehouse) and return orders are not created.",
            "Delivery quotes are not chosen per order: outbounds use Parcelninja's default delivery option.",
            "Parcelninja's webhooks carry no signature: they are only a prompt to re-read the outbound.",
        ],
    };
}
