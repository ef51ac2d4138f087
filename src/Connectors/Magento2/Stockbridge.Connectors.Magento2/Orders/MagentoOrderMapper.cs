using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Magento2.Orders;

/// <summary>
/// Maps a Magento order (<c>GET /V1/orders/{id}</c>) to the hub's order. A configurable product is a parent item (price,
/// discount, tax) and a child item (the SKU bought, price 0): the line is the child's SKU with the parent's money. Each
/// line's net is its row total less its discount (a bundle or other parent type is one line, its parts left out), ex tax, to the cent; shipping is <c>shipping_amount</c> less
/// <c>shipping_discount_amount</c>; so lines plus shipping are what the shopper paid ex tax.
/// </summary>
public static class MagentoOrderMapper
{
    /// <summary>The hub's order.</summary>
    public static Order Map(JsonObject o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var items = (o["items"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var byId = items.Where(i => i["item_id"] is not null).ToDictionary(i => Text(i["item_id"]), StringComparer.Ordinal);
        var configurableParents = items.Where(i => i["parent_item_id"] is { } p && byId.TryGetValue(Text(p), out var parent) && IsConfigurable(parent))
            .Select(i => Text(i["parent_item_id"])).ToHashSet(StringComparer.Ordinal);
        var lines = new List<LineItem>();
        foreach (var item in items)
        {
            var id = Text(item["item_id"]);
            if (configurableParents.Contains(id)) continue; // the configurable parent: its money goes on its child's line
            var parent = item["parent_item_id"] is { } parentId ? byId.GetValueOrDefault(Text(parentId)) : null;
            if (parent is not null && !IsConfigurable(parent)) continue; // a bundle's part: the bundle's own line carries the SKU and money
            var money = parent ?? item;
            var row = Dec(money, "row_total");
            var discount = Dec(money, "discount_amount");
            var tax = Dec(money, "tax_amount");
            var code = o["coupon_code"]?.ToString();
            lines.Add(new LineItem
            {
                Sku = Required(item, "sku"),
                Title = money["name"]?.ToString(),
                Qty = Dec(money, "qty_ordered"),
                Price = Dec(money, "price"),
                TotalDiscount = discount,
                Discounts = discount == 0 ? [] : [new DiscountAllocation(code is null ? DiscountKinds.Automatic : DiscountKinds.Code, code ?? o["discount_description"]?.ToString(), discount)],
                NetTotal = OrderValue.Cents(row - discount),
                TaxLines = tax == 0 ? [] : [new TaxLine("Tax", Dec(money, "tax_percent") / 100m, tax)],
                ChannelLineId = id,
            });
        }
        var shippingAssignment = (o["extension_attributes"]?["shipping_assignments"] as JsonArray)?.FirstOrDefault() as JsonObject;
        var shipping = Dec(o, "shipping_amount");
        var shippingDiscount = Dec(o, "shipping_discount_amount");
        var method = shippingAssignment?["shipping"]?["method"]?.ToString() ?? "shipping";
        var email = o["customer_email"]?.ToString();
        var billing = Address(o["billing_address"] as JsonObject, "billing");
        return new Order
        {
            Channel = Magento2Manifest.Key,
            ChannelOrderCode = Required(o, "increment_id"),
            ChannelOrderId = Required(o, "entity_id"),
            Customer = email is null ? null : new Customer
            {
                SourceCustomerCode = email,
                Email = email,
                FirstName = o["customer_firstname"]?.ToString(),
                LastName = o["customer_lastname"]?.ToString(),
                Phone = billing?.Phone,
                Addresses = billing is null ? [] : [billing],
            },
            BillingAddress = billing,
            ShippingAddress = Address(shippingAssignment?["shipping"]?["address"] as JsonObject, "shipping"),
            LineItems = [.. lines],
            ShippingLines = shipping == 0 && shippingDiscount == 0 ? [] : [new ShippingLine(method, o["shipping_description"]?.ToString() ?? method, shipping, shippingDiscount)],
            DiscountCodes = o["coupon_code"]?.ToString() is { Length: > 0 } coupon ? [coupon] : [],
            Currency = o["order_currency_code"]?.ToString() ?? "ZAR",
            Totals = new OrderTotals(Dec(o, "subtotal"), Dec(o, "tax_amount"), shipping, -Dec(o, "discount_amount"), Dec(o, "grand_total")),
            PlacedAt = Date(o["created_at"]?.ToString()),
        };
    }

    /// <summary>Magento's server time, <c>yyyy-MM-dd HH:mm:ss</c> in UTC without a zone.</summary>
    public static DateTimeOffset? Date(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;

    private static bool IsConfigurable(JsonObject item) => item["product_type"]?.ToString() == "configurable";

    private static Address? Address(JsonObject? a, string type) => a is null ? null : new Address
    {
        Type = type,
        FirstName = a["firstname"]?.ToString(),
        LastName = a["lastname"]?.ToString(),
        Company = a["company"]?.ToString(),
        Address1 = (a["street"] as JsonArray)?.ElementAtOrDefault(0)?.ToString(),
        Address2 = (a["street"] as JsonArray)?.ElementAtOrDefault(1)?.ToString(),
        City = a["city"]?.ToString(),
        Province = a["region"]?.ToString(),
        Zip = a["postcode"]?.ToString(),
        CountryCode = a["country_id"]?.ToString(),
        Phone = a["telephone"]?.ToString(),
    };

    private static decimal Dec(JsonObject o, string name) => o[name] switch
    {
        null => 0m,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when decimal.TryParse(v.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new PermanentConnectorException($"Magento order field '{name}' is not a number: {o[name]!.ToJsonString()}"),
    };

    private static string Required(JsonObject o, string name) =>
        o[name] is { } value && value.ToString() is { Length: > 0 } text ? text : throw new PermanentConnectorException($"Magento order field '{name}' is missing.");

    private static string Text(JsonNode? node) => node?.ToString() ?? "";
}
