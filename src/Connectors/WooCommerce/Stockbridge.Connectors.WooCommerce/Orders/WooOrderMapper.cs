using System.Globalization;
using System.Text.Json;
using Stockbridge.Connectors.WooCommerce.Api;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.WooCommerce.Orders;

/// <summary>
/// Maps a WooCommerce v3 order (a GET's body, or an order webhook's) to the canonical order. WooCommerce keeps line
/// amounts ex tax whatever the shop's tax display: <c>subtotal</c> is before coupons, <c>total</c> after. So a line's
/// price is subtotal ÷ quantity, its discount subtotal − total and its net total; shipping lines and fee lines (carried
/// as shipping lines with the code <c>fee</c>) are their <c>total</c>, ex tax. The order's value ex tax is then the line
/// totals plus shipping_total plus the fees, to the cent.
/// </summary>
public static class WooOrderMapper
{
    /// <summary>The shipping line code fees are carried under.</summary>
    public const string FeeCode = "fee";

    public static Order Map(JsonElement o)
    {
        var taxLabels = o.Arr("tax_lines").Where(t => t.Str("rate_id") is not null)
            .GroupBy(t => t.Str("rate_id")!).ToDictionary(g => g.Key, g => g.First());
        var coupons = o.Arr("coupon_lines").Select(c => c.Str("code")).OfType<string>().ToList();
        var lines = o.Arr("line_items").Select(l => Line(l, taxLabels, coupons)).ToList();
        var shipping = o.Arr("shipping_lines")
            .Select(s => new ShippingLine(s.Str("method_id") ?? s.Str("method_title") ?? "shipping", s.Str("method_title") ?? "", s.Dec("total") ?? 0))
            .Concat(o.Arr("fee_lines").Select(f => new ShippingLine(FeeCode, f.Str("name") ?? "", f.Dec("total") ?? 0)))
            .ToList();
        var billing = o.Prop("billing");
        var email = Text(billing, "email");
        return new Order
        {
            Channel = Manifest.WooCommerceManifest.Key,
            ChannelOrderCode = o.Str("number") ?? o.Str("id") ?? throw new JsonException("The order has neither number nor id."),
            ChannelOrderId = o.Str("id"),
            Customer = billing is { } b ? new Customer
            {
                SourceCustomerCode = email ?? $"woocommerce:{o.Str("customer_id") ?? "0"}",
                FirstName = Text(b, "first_name"), LastName = Text(b, "last_name"), Email = email,
                Company = Text(b, "company"), Phone = Text(b, "phone"),
            } : null,
            BillingAddress = Address(billing, "billing"),
            ShippingAddress = Address(o.Prop("shipping"), "shipping"),
            LineItems = [.. lines],
            ShippingLines = [.. shipping],
            DiscountCodes = [.. coupons],
            Notes = Text(o, "customer_note"),
            Currency = o.Str("currency") ?? "ZAR",
            Totals = new OrderTotals(
                lines.Sum(l => l.NetTotal ?? 0), o.Dec("total_tax") ?? 0, shipping.Sum(s => s.Net), o.Dec("discount_total") ?? 0, o.Dec("total") ?? 0),
            PlacedAt = Gmt(o.Str("date_created_gmt")),
        };
    }

    /// <summary>The order's status in WooCommerce (e.g. processing), lowercased.</summary>
    public static string? Status(JsonElement o) => o.Str("status")?.ToLowerInvariant();

    /// <summary>A <c>*_gmt</c> date (ISO 8601 without a zone, in UTC).</summary>
    public static DateTimeOffset? Gmt(string? value) =>
        value is null ? null : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static LineItem Line(JsonElement l, Dictionary<string, JsonElement> taxLabels, List<string> coupons)
    {
        var qty = l.Dec("quantity") ?? 0;
        var subtotal = l.Dec("subtotal") ?? 0;
        var total = l.Dec("total") ?? 0;
        var discount = subtotal - total;
        return new LineItem
        {
            Sku = l.Str("sku") ?? "",
            Title = l.Str("name"),
            Qty = qty,
            Price = qty == 0 ? 0 : Math.Round(subtotal / qty, 4, MidpointRounding.AwayFromZero),
            TotalDiscount = discount,
            Discounts = discount == 0 ? [] : [new DiscountAllocation(DiscountKinds.Code, coupons.Count == 0 ? null : string.Join(", ", coupons), discount)],
            NetTotal = OrderValue.Cents(total),
            TaxLines = [.. l.Arr("taxes").Where(t => (t.Dec("total") ?? 0) != 0).Select(t => Tax(t, taxLabels))],
            ChannelLineId = l.Str("id"),
        };
    }

    private static TaxLine Tax(JsonElement t, Dictionary<string, JsonElement> taxLabels)
    {
        var rate = t.Str("id") is { } id && taxLabels.TryGetValue(id, out var line) ? line : (JsonElement?)null;
        return new TaxLine(rate?.Str("label") ?? rate?.Str("rate_code") ?? "Tax", (rate?.Dec("rate_percent") ?? 0) / 100m, t.Dec("total") ?? 0);
    }

    private static Address? Address(JsonElement? a, string type) => a is not { } x ? null : new Address
    {
        Type = type, FirstName = Text(x, "first_name"), LastName = Text(x, "last_name"), Company = Text(x, "company"),
        Address1 = Text(x, "address_1"), Address2 = Text(x, "address_2"), City = Text(x, "city"), Province = Text(x, "state"),
        Zip = Text(x, "postcode"), CountryCode = Text(x, "country"), Phone = Text(x, "phone"),
    };

    /// <summary>A string field, with WooCommerce's empty strings read as absent.</summary>
    private static string? Text(JsonElement? e, string name) => e?.Str(name) is { Length: > 0 } s ? s : null;
}
