using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.State;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Wire;

/// <summary>The store's resources as <c>wc/v3</c> returns them (field names as WooCommerce's own).</summary>
public static class WooPayloads
{
    /// <summary>A product or a variation; a variable product's <c>price</c> is its cheapest variation's, as WooCommerce shows it.</summary>
    public static JsonObject Product(WooProduct p, WooStore store)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(store);
        var price = p.Type == "variable"
            ? p.VariationIds.Select(id => store.Products.GetValueOrDefault(id)?.Price).Where(v => v is not null).Min() ?? p.Price
            : p.Price;
        var json = new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["type"] = p.Type,
            ["status"] = p.Status,
            ["sku"] = p.Sku,
            ["price"] = WooMoney.FormatOptional(price),
            ["regular_price"] = WooMoney.FormatOptional(p.RegularPrice),
            ["sale_price"] = WooMoney.FormatOptional(p.SalePrice),
            ["on_sale"] = p.SalePrice is not null,
            ["purchasable"] = price is not null,
            ["manage_stock"] = p.ManageStock,
            ["stock_quantity"] = p.ManageStock ? p.StockQuantity : null,
            ["stock_status"] = p.StockStatus,
            ["backorders"] = "no",
            ["date_created"] = WooMoney.Date(p.DateCreated),
            ["date_created_gmt"] = WooMoney.Date(p.DateCreated),
            ["date_modified"] = WooMoney.Date(p.DateModified),
            ["date_modified_gmt"] = WooMoney.Date(p.DateModified),
            ["attributes"] = p.Attributes.DeepClone(),
            ["meta_data"] = Meta(p.MetaData),
        };
        if (p.ParentId == 0)
        {
            json["slug"] = Slug(p.Name);
            json["variations"] = new JsonArray([.. p.VariationIds.Select(id => (JsonNode)id)]);
            json["parent_id"] = 0;
        }
        else
        {
            json["parent_id"] = p.ParentId;
            json["description"] = "";
        }
        return json;
    }

    /// <summary>An order as <c>GET orders/{id}</c> returns it (and its webhooks send it).</summary>
    public static JsonObject Order(WooOrder o)
    {
        var lineTax = o.Lines.Sum(l => l.TotalTax);
        var shippingTotal = o.ShippingLines.Sum(s => s.Total);
        var shippingTax = o.ShippingLines.Sum(s => s.TotalTax);
        var total = o.Lines.Sum(l => l.Total) + lineTax + shippingTotal + shippingTax;
        var address = new JsonObject
        {
            ["first_name"] = "Sam", ["last_name"] = "Shopper", ["company"] = "", ["address_1"] = "12 Long Street", ["address_2"] = "",
            ["city"] = "Cape Town", ["state"] = "WC", ["postcode"] = "8001", ["country"] = "ZA",
        };
        var billing = (JsonObject)address.DeepClone();
        billing["email"] = o.Email;
        billing["phone"] = "";
        return new JsonObject
        {
            ["id"] = o.Id,
            ["parent_id"] = 0,
            ["number"] = o.Number,
            ["order_key"] = $"wc_order_{o.Id:x8}",
            ["created_via"] = "checkout",
            ["status"] = o.Status,
            ["currency"] = o.Currency,
            ["prices_include_tax"] = false,
            ["date_created"] = WooMoney.Date(o.DateCreated),
            ["date_created_gmt"] = WooMoney.Date(o.DateCreated),
            ["date_modified"] = WooMoney.Date(o.DateModified),
            ["date_modified_gmt"] = WooMoney.Date(o.DateModified),
            ["date_paid"] = WooMoney.Date(o.DateCreated),
            ["date_paid_gmt"] = WooMoney.Date(o.DateCreated),
            ["discount_total"] = WooMoney.Format(o.CouponLines.Sum(c => c.Discount)),
            ["discount_tax"] = WooMoney.Format(o.CouponLines.Sum(c => c.DiscountTax)),
            ["shipping_total"] = WooMoney.Format(shippingTotal),
            ["shipping_tax"] = WooMoney.Format(shippingTax),
            ["cart_tax"] = WooMoney.Format(lineTax),
            ["total"] = WooMoney.Format(total),
            ["total_tax"] = WooMoney.Format(lineTax + shippingTax),
            ["customer_id"] = 0,
            ["customer_note"] = "",
            ["billing"] = billing,
            ["shipping"] = address,
            ["payment_method"] = "bacs",
            ["payment_method_title"] = "Direct bank transfer",
            ["transaction_id"] = "",
            ["line_items"] = new JsonArray([.. o.Lines.Select(l => (JsonNode)new JsonObject
            {
                ["id"] = l.Id,
                ["name"] = l.Name,
                ["product_id"] = l.ProductId,
                ["variation_id"] = l.VariationId,
                ["quantity"] = l.Quantity,
                ["tax_class"] = "",
                ["subtotal"] = WooMoney.Format(l.Subtotal),
                ["subtotal_tax"] = WooMoney.Format(WooMoney.Cents(l.Subtotal * WooTax.Rate)),
                ["total"] = WooMoney.Format(l.Total),
                ["total_tax"] = WooMoney.Format(l.TotalTax),
                ["taxes"] = new JsonArray(new JsonObject { ["id"] = 1, ["total"] = WooMoney.Format(l.TotalTax), ["subtotal"] = WooMoney.Format(WooMoney.Cents(l.Subtotal * WooTax.Rate)) }),
                ["meta_data"] = new JsonArray(),
                ["sku"] = l.Sku,
                ["price"] = l.Price,
            })]),
            ["tax_lines"] = o.Lines.Count == 0 ? new JsonArray() : new JsonArray(new JsonObject
            {
                ["id"] = 1, ["rate_code"] = "VAT-1", ["rate_id"] = 1, ["label"] = "VAT", ["compound"] = false,
                ["tax_total"] = WooMoney.Format(lineTax), ["shipping_tax_total"] = WooMoney.Format(shippingTax),
            }),
            ["shipping_lines"] = new JsonArray([.. o.ShippingLines.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id, ["method_title"] = s.MethodTitle, ["method_id"] = s.MethodId,
                ["total"] = WooMoney.Format(s.Total), ["total_tax"] = WooMoney.Format(s.TotalTax), ["taxes"] = new JsonArray(), ["meta_data"] = new JsonArray(),
            })]),
            ["fee_lines"] = new JsonArray(),
            ["coupon_lines"] = new JsonArray([.. o.CouponLines.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id, ["code"] = c.Code, ["discount"] = WooMoney.Format(c.Discount), ["discount_tax"] = WooMoney.Format(c.DiscountTax), ["meta_data"] = new JsonArray(),
            })]),
            ["refunds"] = new JsonArray(),
            ["meta_data"] = Meta(o.MetaData),
        };
    }

    /// <summary>An order note.</summary>
    public static JsonObject Note(WooOrderNote n) => new()
    {
        ["id"] = n.Id,
        ["author"] = "system",
        ["date_created"] = WooMoney.Date(n.DateCreated),
        ["date_created_gmt"] = WooMoney.Date(n.DateCreated),
        ["note"] = n.Note,
        ["customer_note"] = n.CustomerNote,
    };

    /// <summary>A customer.</summary>
    public static JsonObject Customer(WooCustomer c) => new()
    {
        ["id"] = c.Id,
        ["date_created"] = WooMoney.Date(c.DateCreated),
        ["date_created_gmt"] = WooMoney.Date(c.DateCreated),
        ["email"] = c.Email,
        ["first_name"] = c.FirstName,
        ["last_name"] = c.LastName,
        ["role"] = "customer",
        ["username"] = c.Email.Split('@')[0],
        ["billing"] = new JsonObject { ["first_name"] = c.FirstName, ["last_name"] = c.LastName, ["email"] = c.Email },
        ["shipping"] = new JsonObject { ["first_name"] = c.FirstName, ["last_name"] = c.LastName },
        ["is_paying_customer"] = false,
        ["meta_data"] = new JsonArray(),
    };

    /// <summary>A webhook (its secret included, as WooCommerce shows it to the key's owner).</summary>
    public static JsonObject Webhook(WooWebhook w) => new()
    {
        ["id"] = w.Id,
        ["name"] = w.Name,
        ["status"] = w.Status,
        ["topic"] = w.Topic,
        ["resource"] = w.Topic.Split('.')[0],
        ["event"] = w.Topic.Split('.').ElementAtOrDefault(1) ?? "",
        ["hooks"] = new JsonArray(),
        ["delivery_url"] = w.DeliveryUrl,
        ["secret"] = w.Secret,
        ["date_created"] = WooMoney.Date(w.DateCreated),
        ["date_created_gmt"] = WooMoney.Date(w.DateCreated),
        ["date_modified"] = WooMoney.Date(w.DateCreated),
        ["date_modified_gmt"] = WooMoney.Date(w.DateCreated),
    };

    private static JsonArray Meta(IEnumerable<WooMeta> meta) =>
        new([.. meta.Select(m => (JsonNode)new JsonObject { ["id"] = m.Id, ["key"] = m.Key, ["value"] = m.Value?.DeepClone() })]);

    private static string Slug(string name) =>
        string.Join('-', name.ToLowerInvariant().Split([' ', '/', '_'], StringSplitOptions.RemoveEmptyEntries));
}
