using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.Webhooks;

/// <summary>
/// Order, fulfilment and refund webhook bodies, with every key of Shopify's published <c>orders/create</c> example
/// (checked by a test against tests/…/Published/orders-create-webhook.json). Nothing is refunded or edited in the
/// simulator, so each <c>current_*</c> total equals its original.
/// </summary>
public static partial class RestPayloads
{
    /// <summary>The Online Store sales channel's app id, which Shopify puts in <c>app_id</c> of a storefront order.</summary>
    private const long OnlineStoreAppId = 580111;

    public static JsonObject Order(SimOrder o, ShopState s)
    {
        var token = Token(o.Id);
        return new JsonObject
        {
            ["id"] = o.Id, ["admin_graphql_api_id"] = Gid.For("Order", o.Id), ["app_id"] = OnlineStoreAppId, ["browser_ip"] = null,
            ["buyer_accepts_marketing"] = false, ["cancel_reason"] = o.CancelReason, ["cancelled_at"] = o.CancelledAt is { } cancelled ? Time(cancelled) : null, ["cart_token"] = null,
            ["checkout_id"] = null, ["checkout_token"] = null, ["client_details"] = null, ["closed_at"] = null,
            ["confirmation_number"] = o.ConfirmationNumber, ["confirmed"] = true, ["contact_email"] = o.Email,
            ["created_at"] = Time(o.CreatedAt), ["currency"] = o.Currency,
            ["current_shipping_price_set"] = MoneySet(o.DiscountedShipping, o.Currency),
            ["current_subtotal_price"] = Money(o.Subtotal), ["current_subtotal_price_set"] = MoneySet(o.Subtotal, o.Currency),
            ["current_total_additional_fees_set"] = null,
            ["current_total_discounts"] = Money(o.TotalDiscounts), ["current_total_discounts_set"] = MoneySet(o.TotalDiscounts, o.Currency),
            ["current_total_duties_set"] = null,
            ["current_total_price"] = Money(o.Total), ["current_total_price_set"] = MoneySet(o.Total, o.Currency),
            ["current_total_tax"] = Money(o.TotalTax), ["current_total_tax_set"] = MoneySet(o.TotalTax, o.Currency),
            ["customer_locale"] = "en", ["device_id"] = null, ["discount_codes"] = DiscountCodes(o), ["duties_included"] = false,
            ["email"] = o.Email, ["estimated_taxes"] = false, ["financial_status"] = o.FinancialStatus,
            ["fulfillment_status"] = o.FulfillmentStatus, ["landing_site"] = null, ["landing_site_ref"] = null, ["location_id"] = null,
            ["merchant_business_entity_id"] = "MTAwMDAwMDAwMQ", ["merchant_of_record_app_id"] = null, ["name"] = o.Name,
            ["note"] = o.Note, ["note_attributes"] = new JsonArray(), ["number"] = o.Number - 1000, ["order_number"] = o.Number,
            ["order_status_url"] = $"{s.PublicUrl}orders/{token}/authenticate?key={token}",
            ["original_total_additional_fees_set"] = null, ["original_total_duties_set"] = null,
            ["payment_gateway_names"] = new JsonArray("bogus"), ["phone"] = o.Phone, ["po_number"] = o.PoNumber,
            ["presentment_currency"] = o.Currency, ["processed_at"] = Time(o.CreatedAt), ["reference"] = null, ["referring_site"] = null,
            ["source_identifier"] = null, ["source_name"] = "web", ["source_url"] = null,
            ["subtotal_price"] = Money(o.Subtotal), ["subtotal_price_set"] = MoneySet(o.Subtotal, o.Currency),
            ["tags"] = string.Join(", ", o.Tags), ["tax_exempt"] = false,
            ["tax_lines"] = TaxLines(o.LineItems.SelectMany(l => l.TaxLines).Concat(o.ShippingLines.SelectMany(x => x.TaxLines))
                .GroupBy(t => (t.Title, t.Rate)).Select(g => new SimTaxLine(g.Key.Title, g.Key.Rate, g.Sum(t => t.Price))), o.Currency),
            ["taxes_included"] = o.TaxesIncluded, ["test"] = false, ["token"] = token,
            ["total_cash_rounding_payment_adjustment_set"] = MoneySet(0, o.Currency),
            ["total_cash_rounding_refund_adjustment_set"] = MoneySet(0, o.Currency),
            ["total_discounts"] = Money(o.TotalDiscounts), ["total_discounts_set"] = MoneySet(o.TotalDiscounts, o.Currency),
            ["total_line_items_price"] = Money(o.LineItemsTotal), ["total_line_items_price_set"] = MoneySet(o.LineItemsTotal, o.Currency),
            ["total_outstanding"] = Money(o.TotalOutstanding),
            ["total_price"] = Money(o.Total), ["total_price_set"] = MoneySet(o.Total, o.Currency),
            ["total_shipping_price_set"] = MoneySet(o.TotalShipping, o.Currency),
            ["total_tax"] = Money(o.TotalTax), ["total_tax_set"] = MoneySet(o.TotalTax, o.Currency),
            ["total_tip_received"] = Money(0), ["total_weight"] = 0, ["updated_at"] = Time(o.UpdatedAt), ["user_id"] = null,
            ["billing_address"] = Address(o.BillingAddress),
            ["customer"] = o.CustomerId is { } cid && s.Customers.TryGetValue(cid, out var c) ? Customer(c) : null,
            ["discount_applications"] = DiscountApplications(o),
            ["fulfillments"] = new JsonArray(o.Fulfillments.Select(f => (JsonNode)Fulfillment(f, o)).ToArray()),
            ["line_items"] = new JsonArray(o.LineItems.Select(l => (JsonNode)LineItem(l, o.Currency)).ToArray()),
            ["payment_terms"] = null, ["refunds"] = new JsonArray(), ["shipping_address"] = Address(o.ShippingAddress),
            ["shipping_lines"] = new JsonArray(o.ShippingLines.Select(l => (JsonNode)ShippingLine(l, o.Currency)).ToArray()),
            ["returns"] = new JsonArray(),
        };
    }

    public static JsonObject LineItem(SimLineItem l, string currency) => new()
    {
        ["id"] = l.Id, ["admin_graphql_api_id"] = Gid.For("LineItem", l.Id), ["attributed_staffs"] = new JsonArray(),
        ["current_quantity"] = l.Quantity, ["fulfillable_quantity"] = l.Quantity - l.FulfilledQuantity, ["fulfillment_service"] = "manual",
        ["fulfillment_status"] = l.FulfilledQuantity >= l.Quantity ? "fulfilled" : l.FulfilledQuantity > 0 ? "partial" : null,
        ["gift_card"] = false, ["grams"] = 0, ["name"] = l.VariantTitle is null ? l.Title : $"{l.Title} - {l.VariantTitle}",
        ["price"] = Money(l.Price), ["price_set"] = MoneySet(l.Price, currency), ["product_exists"] = l.ProductId is not null,
        ["product_id"] = l.ProductId, ["properties"] = new JsonArray(), ["quantity"] = l.Quantity, ["requires_shipping"] = true,
        ["sales_line_item_group_id"] = null, ["sku"] = l.Sku, ["taxable"] = l.TaxLines.Count > 0, ["title"] = l.Title,
        ["total_discount"] = Money(l.TotalDiscount), ["total_discount_set"] = MoneySet(l.TotalDiscount, currency),
        ["variant_id"] = l.VariantId, ["variant_inventory_management"] = "shopify", ["variant_title"] = l.VariantTitle,
        ["vendor"] = l.Vendor, ["tax_lines"] = TaxLines(l.TaxLines, currency), ["duties"] = new JsonArray(),
        ["discount_allocations"] = DiscountAllocations(l.DiscountAllocations, currency),
    };

    private static JsonObject ShippingLine(SimShippingLine l, string currency) => new()
    {
        ["id"] = l.Id, ["carrier_identifier"] = null, ["code"] = l.Code,
        ["current_discounted_price_set"] = MoneySet(l.DiscountedPrice, currency),
        ["discounted_price"] = Money(l.DiscountedPrice), ["discounted_price_set"] = MoneySet(l.DiscountedPrice, currency),
        ["is_removed"] = false, ["phone"] = null, ["price"] = Money(l.Price), ["price_set"] = MoneySet(l.Price, currency),
        ["requested_fulfillment_service_id"] = null, ["source"] = "shopify", ["title"] = l.Title,
        ["tax_lines"] = TaxLines(l.TaxLines, currency), ["discount_allocations"] = DiscountAllocations(l.DiscountAllocations, currency),
    };

    public static JsonObject Fulfillment(SimFulfillment f, SimOrder o) => new()
    {
        ["id"] = f.Id, ["admin_graphql_api_id"] = Gid.For("Fulfillment", f.Id), ["order_id"] = o.Id, ["name"] = f.Name,
        ["status"] = f.Status.ToLowerInvariant(), ["created_at"] = Time(f.CreatedAt), ["updated_at"] = Time(f.CreatedAt),
        ["service"] = "manual", ["location_id"] = f.LocationId, ["shipment_status"] = null,
        ["tracking_company"] = f.TrackingCompany, ["tracking_number"] = f.TrackingNumber, ["tracking_url"] = f.TrackingUrl,
        ["tracking_numbers"] = new JsonArray(f.TrackingNumber is null ? [] : [(JsonNode)f.TrackingNumber]),
        ["tracking_urls"] = new JsonArray(f.TrackingUrl is null ? [] : [(JsonNode)f.TrackingUrl]),
        ["line_items"] = new JsonArray(f.Lines.Select(x =>
        {
            var line = LineItem(o.LineItems.First(l => l.Id == x.Key), o.Currency);
            line["quantity"] = x.Value;
            return (JsonNode)line;
        }).ToArray()),
    };

    /// <summary>
    /// A refunds/create body in the 2024-10+ shape: refund_line_items with subtotal (the units' price less their discounts, in the
    /// shop's tax mode) and total_tax to the cent; refund_shipping_lines with subtotal_amount_set and the refunded shipping line;
    /// a shipping_refund order adjustment; one refund transaction of everything refunded (tax included).
    /// </summary>
    public static JsonObject Refund(long id, SimOrder o, IReadOnlyList<(SimLineItem Line, int Quantity)> lines, IReadOnlyList<SimShippingLine> shipping,
        decimal? amount, string? note, DateTimeOffset now, Func<long> newId)
    {
        decimal Cents(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);
        var items = lines.Select(x =>
        {
            var share = (decimal)x.Quantity / x.Line.Quantity;
            var subtotal = Cents((x.Line.OriginalTotal - x.Line.AllocatedDiscount) * share);
            var tax = Cents(x.Line.TaxLines.Sum(t => t.Price) * share);
            return (x.Line, x.Quantity, Subtotal: subtotal, Tax: tax);
        }).ToList();
        var shippingSubtotal = shipping.Sum(l => l.DiscountedPrice);
        var shippingTax = shipping.Sum(l => l.TaxLines.Sum(t => t.Price));
        var taxOnTop = o.TaxesIncluded ? 0 : items.Sum(i => i.Tax) + shippingTax;
        var total = amount ?? items.Sum(i => i.Subtotal) + shippingSubtotal + taxOnTop;
        return new JsonObject
        {
            ["id"] = id, ["admin_graphql_api_id"] = Gid.For("Refund", id), ["order_id"] = o.Id, ["created_at"] = Time(now),
            ["processed_at"] = Time(now), ["note"] = note, ["user_id"] = null, ["restock"] = items.Count > 0, ["duties"] = new JsonArray(),
            ["total_duties_set"] = MoneySet(0, o.Currency), ["return"] = null, ["refund_duties"] = new JsonArray(),
            ["refund_line_items"] = new JsonArray(items.Select(i => (JsonNode)new JsonObject
            {
                ["id"] = newId(), ["quantity"] = i.Quantity, ["line_item_id"] = i.Line.Id, ["location_id"] = null, ["restock_type"] = "return",
                ["subtotal"] = (double)i.Subtotal, ["total_tax"] = (double)i.Tax,
                ["subtotal_set"] = MoneySet(i.Subtotal, o.Currency), ["total_tax_set"] = MoneySet(i.Tax, o.Currency),
                ["line_item"] = LineItem(i.Line, o.Currency),
            }).ToArray()),
            ["refund_shipping_lines"] = new JsonArray(shipping.Select(l => (JsonNode)new JsonObject
            {
                ["id"] = newId(), ["shipping_line_id"] = l.Id, ["subtotal_amount_set"] = MoneySet(l.DiscountedPrice, o.Currency),
                ["shipping_line"] = ShippingLine(l, o.Currency),
            }).ToArray()),
            ["order_adjustments"] = new JsonArray(shipping.Count == 0 ? [] : [(JsonNode)new JsonObject
            {
                ["id"] = newId(), ["order_id"] = o.Id, ["refund_id"] = id, ["kind"] = "shipping_refund", ["reason"] = "Shipping refund",
                ["amount"] = Money(-shippingSubtotal), ["tax_amount"] = Money(-shippingTax),
                ["amount_set"] = MoneySet(-shippingSubtotal, o.Currency), ["tax_amount_set"] = MoneySet(-shippingTax, o.Currency),
            }]),
            ["total_additional_fees_set"] = MoneySet(0, o.Currency), ["additional_fees"] = new JsonArray(),
            ["transactions"] = new JsonArray(TransactionOf(newId(), o, total, now)),
        };
    }

    private static JsonObject TransactionOf(long id, SimOrder o, decimal amount, DateTimeOffset now) => new()
    {
        ["id"] = id, ["admin_graphql_api_id"] = Gid.For("OrderTransaction", id), ["order_id"] = o.Id, ["kind"] = "refund", ["gateway"] = "bogus",
        ["status"] = "success", ["message"] = "Bogus Gateway: Forced success", ["created_at"] = Time(now), ["processed_at"] = Time(now), ["test"] = true,
        ["currency"] = o.Currency, ["amount"] = Money(amount), ["authorization"] = null, ["parent_id"] = null, ["device_id"] = null,
        ["error_code"] = null, ["location_id"] = null, ["user_id"] = null, ["source_name"] = "web", ["receipt"] = new JsonObject(),
    };

    // The order's token: 32 hex digits, stable for the order (used in its status URL).
    private static string Token(long orderId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(orderId.ToString(System.Globalization.CultureInfo.InvariantCulture))))[..32];
}
