using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Simulator.State;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Operations;

/// <summary>An order as <c>GET /V1/orders/{id}</c> answers it (SalesOrderInterface; fields the hub reads and their neighbours).</summary>
public static class OrderJson
{
    /// <summary>The order's JSON.</summary>
    public static JsonObject Write(SalesOrder o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new JsonObject
        {
            ["entity_id"] = o.EntityId,
            ["increment_id"] = o.IncrementId,
            ["state"] = o.State,
            ["status"] = o.Status,
            ["created_at"] = WireDates.Format(o.CreatedAt),
            ["updated_at"] = WireDates.Format(o.UpdatedAt),
            ["store_id"] = 1,
            ["base_currency_code"] = "ZAR",
            ["order_currency_code"] = "ZAR",
            ["customer_email"] = o.CustomerEmail,
            ["customer_firstname"] = o.CustomerFirstname,
            ["customer_lastname"] = o.CustomerLastname,
            ["customer_is_guest"] = 1,
            ["coupon_code"] = o.CouponCode,
            ["subtotal"] = o.Subtotal,
            ["discount_amount"] = -o.Discount,
            ["discount_description"] = o.CouponCode,
            ["shipping_amount"] = o.ShippingAmount,
            ["shipping_tax_amount"] = o.ShippingTaxAmount,
            ["shipping_discount_amount"] = 0m,
            ["shipping_description"] = o.ShippingDescription,
            ["tax_amount"] = o.Tax,
            ["grand_total"] = o.GrandTotal,
            ["base_grand_total"] = o.GrandTotal,
            ["total_qty_ordered"] = o.Items.Where(i => i.ParentItemId is null).Sum(i => i.QtyOrdered),
            ["items"] = new JsonArray([.. o.Items.Select(i => (JsonNode)Item(i, o))]),
            ["billing_address"] = Address(o.Billing, o.EntityId),
            ["payment"] = new JsonObject { ["method"] = "checkmo", ["amount_ordered"] = o.GrandTotal },
            ["status_histories"] = new JsonArray([.. o.Comments.OrderByDescending(c => c.EntityId).Select(c => (JsonNode)new JsonObject
            {
                ["entity_id"] = c.EntityId,
                ["parent_id"] = o.EntityId,
                ["comment"] = c.Comment,
                ["status"] = c.Status,
                ["is_customer_notified"] = c.IsCustomerNotified ? 1 : 0,
                ["is_visible_on_front"] = c.IsVisibleOnFront ? 1 : 0,
                ["created_at"] = WireDates.Format(c.CreatedAt),
            })]),
            ["extension_attributes"] = new JsonObject
            {
                ["shipping_assignments"] = new JsonArray(new JsonObject
                {
                    ["shipping"] = new JsonObject
                    {
                        ["address"] = Address(o.Shipping, o.EntityId),
                        ["method"] = o.ShippingMethod,
                        ["total"] = new JsonObject { ["shipping_amount"] = o.ShippingAmount, ["shipping_tax_amount"] = o.ShippingTaxAmount },
                    },
                    ["items"] = new JsonArray([.. o.Items.Where(i => i.ParentItemId is null).Select(i => (JsonNode)Item(i, o))]),
                }),
            },
        };
    }

    private static JsonObject Item(OrderItem i, SalesOrder o)
    {
        var json = new JsonObject
        {
            ["item_id"] = i.ItemId,
            ["order_id"] = o.EntityId,
            ["product_id"] = i.ProductId,
            ["sku"] = i.Sku,
            ["name"] = i.Name,
            ["product_type"] = i.ProductType,
            ["qty_ordered"] = i.QtyOrdered,
            ["qty_shipped"] = i.QtyShipped,
            ["price"] = i.Price,
            ["base_price"] = i.Price,
            ["original_price"] = i.Price,
            ["price_incl_tax"] = i.ParentItemId is null ? Math.Round(i.Price * (1 + i.TaxPercent / 100m), 2, MidpointRounding.AwayFromZero) : 0m,
            ["row_total"] = i.RowTotal,
            ["row_total_incl_tax"] = i.RowTotal + i.TaxAmount,
            ["discount_amount"] = i.DiscountAmount,
            ["tax_percent"] = i.TaxPercent,
            ["tax_amount"] = i.TaxAmount,
        };
        if (i.ParentItemId is { } parent) json["parent_item_id"] = parent;
        return json;
    }

    private static JsonObject Address(OrderAddress a, int orderId) => new()
    {
        ["address_type"] = a.AddressType,
        ["parent_id"] = orderId,
        ["firstname"] = a.Firstname,
        ["lastname"] = a.Lastname,
        ["street"] = new JsonArray([.. a.Street.Select(s => (JsonNode)s)]),
        ["city"] = a.City,
        ["region"] = a.Region,
        ["postcode"] = a.Postcode,
        ["country_id"] = a.CountryId,
        ["telephone"] = a.Telephone,
        ["email"] = a.Email,
    };
}
