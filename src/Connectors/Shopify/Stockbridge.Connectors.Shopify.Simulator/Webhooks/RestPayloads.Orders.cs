using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.Webhooks;

/// <summary>Order, fulfilment and refund webhook bodies.</summary>
public static partial class RestPayloads
{
    public static JsonObject Order(SimOrder o, ShopState s) => new()
    {
        ["id"] = o.Id, ["admin_graphql_api_id"] = Gid.For("Order", o.Id), ["name"] = o.Name, ["number"] = o.Number - 1000,
        ["order_number"] = o.Number, ["created_at"] = Time(o.CreatedAt), ["updated_at"] = Time(o.UpdatedAt),
        ["processed_at"] = Time(o.CreatedAt), ["cancelled_at"] = null, ["cancel_reason"] = null, ["closed_at"] = null,
        ["email"] = o.Email, ["contact_email"] = o.Email, ["phone"] = o.Phone, ["currency"] = o.Currency,
        ["presentment_currency"] = o.Currency, ["financial_status"] = o.FinancialStatus, ["fulfillment_status"] = o.FulfillmentStatus,
        ["test"] = false, ["taxes_included"] = o.TaxesIncluded,
        ["total_price"] = Money(o.Total), ["subtotal_price"] = Money(o.Subtotal), ["total_tax"] = Money(o.TotalTax),
        ["total_discounts"] = Money(o.TotalDiscounts), ["total_line_items_price"] = Money(o.LineItemsTotal),
        ["total_price_set"] = MoneySet(o.Total, o.Currency), ["subtotal_price_set"] = MoneySet(o.Subtotal, o.Currency),
        ["total_tax_set"] = MoneySet(o.TotalTax, o.Currency), ["total_discounts_set"] = MoneySet(o.TotalDiscounts, o.Currency),
        ["total_shipping_price_set"] = MoneySet(o.TotalShipping, o.Currency), ["total_weight"] = 0,
        ["source_name"] = "web", ["tags"] = string.Join(", ", o.Tags), ["note"] = o.Note, ["note_attributes"] = new JsonArray(),
        ["discount_codes"] = new JsonArray(o.DiscountCodes.Select(d => (JsonNode)new JsonObject { ["code"] = d, ["amount"] = Money(o.TotalDiscounts), ["type"] = "fixed_amount" }).ToArray()),
        ["discount_applications"] = new JsonArray(), ["payment_gateway_names"] = new JsonArray("bogus"),
        ["customer"] = o.CustomerId is { } cid && s.Customers.TryGetValue(cid, out var c) ? Customer(c) : null,
        ["billing_address"] = Address(o.BillingAddress), ["shipping_address"] = Address(o.ShippingAddress),
        ["line_items"] = new JsonArray(o.LineItems.Select(l => (JsonNode)LineItem(l, o.Currency)).ToArray()),
        ["shipping_lines"] = new JsonArray(o.ShippingLines.Select(l => (JsonNode)new JsonObject
        {
            ["id"] = l.Id, ["title"] = l.Title, ["code"] = l.Code, ["price"] = Money(l.Price), ["discounted_price"] = Money(l.Price),
            ["price_set"] = MoneySet(l.Price, o.Currency), ["source"] = "shopify", ["carrier_identifier"] = null,
            ["tax_lines"] = TaxLines(l.TaxLines, o.Currency),
        }).ToArray()),
        ["tax_lines"] = TaxLines(o.LineItems.SelectMany(l => l.TaxLines).Concat(o.ShippingLines.SelectMany(x => x.TaxLines))
            .GroupBy(t => (t.Title, t.Rate)).Select(g => new SimTaxLine(g.Key.Title, g.Key.Rate, g.Sum(t => t.Price))), o.Currency),
        ["fulfillments"] = new JsonArray(o.Fulfillments.Select(f => (JsonNode)Fulfillment(f, o)).ToArray()),
        ["refunds"] = new JsonArray(),
    };

    public static JsonObject LineItem(SimLineItem l, string currency) => new()
    {
        ["id"] = l.Id, ["admin_graphql_api_id"] = Gid.For("LineItem", l.Id), ["product_id"] = l.ProductId, ["variant_id"] = l.VariantId,
        ["sku"] = l.Sku, ["title"] = l.Title, ["variant_title"] = l.VariantTitle,
        ["name"] = l.VariantTitle is null ? l.Title : $"{l.Title} - {l.VariantTitle}", ["quantity"] = l.Quantity,
        ["price"] = Money(l.Price), ["price_set"] = MoneySet(l.Price, currency), ["total_discount"] = Money(l.TotalDiscount),
        ["total_discount_set"] = MoneySet(l.TotalDiscount, currency), ["discount_allocations"] = new JsonArray(),
        ["tax_lines"] = TaxLines(l.TaxLines, currency), ["requires_shipping"] = true, ["taxable"] = l.TaxLines.Count > 0,
        ["grams"] = 0, ["fulfillment_service"] = "manual", ["fulfillable_quantity"] = l.Quantity - l.FulfilledQuantity,
        ["fulfillment_status"] = l.FulfilledQuantity >= l.Quantity ? "fulfilled" : l.FulfilledQuantity > 0 ? "partial" : null,
        ["vendor"] = l.Vendor, ["properties"] = new JsonArray(),
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

    public static JsonObject Refund(long id, SimOrder o, SimLineItem line, int quantity, DateTimeOffset now) => new()
    {
        ["id"] = id, ["admin_graphql_api_id"] = Gid.For("Refund", id), ["order_id"] = o.Id, ["created_at"] = Time(now),
        ["note"] = "Refund from the simulator", ["restock"] = true, ["order_adjustments"] = new JsonArray(),
        ["refund_line_items"] = new JsonArray(new JsonObject
        {
            ["line_item_id"] = line.Id, ["quantity"] = quantity, ["restock_type"] = "return", ["location_id"] = null,
            ["subtotal"] = Money(line.Price * quantity), ["total_tax"] = Money(0), ["line_item"] = LineItem(line, o.Currency),
        }),
        ["transactions"] = new JsonArray(new JsonObject
        {
            ["amount"] = Money(line.Price * quantity), ["kind"] = "refund", ["status"] = "success", ["gateway"] = "bogus",
        }),
    };
}
