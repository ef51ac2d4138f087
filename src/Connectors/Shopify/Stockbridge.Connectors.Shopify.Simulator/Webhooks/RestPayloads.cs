using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.Webhooks;

/// <summary>REST-shaped webhook bodies (snake_case, numeric ids, decimal strings), as Shopify sends them.</summary>
public static partial class RestPayloads
{
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON text Shopify would send (no needless escaping of + or &amp;).</summary>
    public static string Serialize(JsonNode body) => body.ToJsonString(Relaxed);

    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset value) => value.ToOffset(TimeSpan.Zero).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    public static JsonObject MoneySet(decimal amount, string currency)
    {
        var money = new JsonObject { ["amount"] = Money(amount), ["currency_code"] = currency };
        return new JsonObject { ["shop_money"] = money, ["presentment_money"] = money.DeepClone() };
    }

    public static JsonArray TaxLines(IEnumerable<SimTaxLine> lines, string currency) =>
        new(lines.Select(t => (JsonNode)new JsonObject
        {
            ["channel_liable"] = false, ["price"] = Money(t.Price), ["price_set"] = MoneySet(t.Price, currency), ["rate"] = t.Rate,
            ["title"] = t.Title,
        }).ToArray());

    public static JsonObject? Address(SimAddress? a) => a is null ? null : new JsonObject
    {
        ["first_name"] = a.FirstName, ["last_name"] = a.LastName,
        ["name"] = string.Join(' ', new[] { a.FirstName, a.LastName }.Where(x => !string.IsNullOrEmpty(x))),
        ["company"] = a.Company, ["address1"] = a.Address1, ["address2"] = a.Address2, ["city"] = a.City,
        ["province"] = a.Province, ["province_code"] = a.ProvinceCode, ["country"] = a.Country,
        ["country_code"] = a.CountryCode, ["zip"] = a.Zip, ["phone"] = a.Phone, ["latitude"] = null, ["longitude"] = null,
    };

    public static JsonObject Customer(SimCustomer c) => new()
    {
        ["id"] = c.Id, ["admin_graphql_api_id"] = Gid.For("Customer", c.Id), ["email"] = c.Email,
        ["first_name"] = c.FirstName, ["last_name"] = c.LastName, ["phone"] = c.Phone, ["tags"] = string.Join(", ", c.Tags),
        ["note"] = c.Note, ["state"] = "enabled", ["verified_email"] = true, ["multipass_identifier"] = null,
        ["tax_exempt"] = false, ["tax_exemptions"] = new JsonArray(), ["currency"] = "ZAR",
        ["created_at"] = Time(c.CreatedAt), ["updated_at"] = Time(c.UpdatedAt),
        ["addresses"] = new JsonArray(c.Addresses.Select((a, i) => (JsonNode?)CustomerAddress(c, a, i == 0)).ToArray()),
        ["default_address"] = c.Addresses.Count == 0 ? null : CustomerAddress(c, c.Addresses[0], isDefault: true),
        ["email_marketing_consent"] = new JsonObject { ["state"] = "not_subscribed", ["opt_in_level"] = "single_opt_in", ["consent_updated_at"] = null },
    };

    // An entry of a customer's address book: the address with its id, owner, country name and default flag.
    private static JsonObject CustomerAddress(SimCustomer c, SimAddress a, bool isDefault)
    {
        var node = new JsonObject { ["id"] = a.Id, ["customer_id"] = c.Id };
        foreach (var (key, value) in Address(a)!) node[key] = value?.DeepClone();
        node.Remove("latitude");
        node.Remove("longitude");
        node["country_name"] = a.Country;
        node["default"] = isDefault;
        return node;
    }

    public static JsonObject InventoryLevel(SimVariant v, SimLocation l, int available, DateTimeOffset now) => new()
    {
        ["inventory_item_id"] = v.InventoryItemId, ["location_id"] = l.Id, ["available"] = available,
        ["updated_at"] = Time(now), ["admin_graphql_api_id"] = $"gid://shopify/InventoryLevel/{v.InventoryItemId}?inventory_item_id={v.InventoryItemId}&location_id={l.Id}",
    };

    public static JsonObject Product(SimProduct p, ShopState s) => new()
    {
        ["id"] = p.Id, ["admin_graphql_api_id"] = Gid.For("Product", p.Id), ["title"] = p.Title, ["body_html"] = p.DescriptionHtml,
        ["vendor"] = p.Vendor, ["product_type"] = p.ProductType, ["handle"] = p.Handle, ["status"] = p.Status.ToLowerInvariant(),
        ["tags"] = string.Join(", ", p.Tags), ["created_at"] = Time(p.CreatedAt), ["updated_at"] = Time(p.UpdatedAt),
        ["options"] = new JsonArray(p.Options.Select((o, i) => (JsonNode)new JsonObject
        {
            ["id"] = o.Id, ["product_id"] = p.Id, ["name"] = o.Name, ["position"] = i + 1,
            ["values"] = new JsonArray(o.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()),
        }).ToArray()),
        ["variants"] = new JsonArray(p.Variants.Select(v => (JsonNode)Variant(v, s)).ToArray()),
        ["images"] = new JsonArray(),
    };

    private static JsonObject Variant(SimVariant v, ShopState s) => new()
    {
        ["id"] = v.Id, ["admin_graphql_api_id"] = Gid.For("ProductVariant", v.Id), ["product_id"] = v.ProductId, ["title"] = v.Title,
        ["sku"] = v.Sku, ["price"] = Money(v.Price), ["compare_at_price"] = v.CompareAtPrice is { } c ? Money(c) : null,
        ["barcode"] = v.Barcode, ["inventory_item_id"] = v.InventoryItemId, ["inventory_policy"] = v.InventoryPolicy.ToLowerInvariant(),
        ["inventory_quantity"] = s.Locations.Sum(l => s.Available(v.InventoryItemId, l.Id) ?? 0), ["position"] = v.Position,
        ["option1"] = v.OptionValues.ElementAtOrDefault(0).Value, ["option2"] = v.OptionValues.ElementAtOrDefault(1).Value,
        ["option3"] = v.OptionValues.ElementAtOrDefault(2).Value, ["taxable"] = v.Taxable,
        ["created_at"] = Time(v.CreatedAt), ["updated_at"] = Time(v.UpdatedAt),
    };
}
