using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Shopify.Orders;

/// <summary>Maps a REST-shaped order (webhook body of orders/create, orders/updated) to the canonical order.</summary>
public static class RestOrderMapper
{
    public static Order Map(JsonElement o)
    {
        var taxesIncluded = o.Bool("taxes_included") ?? false;
        var customer = o.Prop("customer");
        return new Order
        {
            Channel = Manifest.ShopifyManifest.Key,
            ChannelOrderCode = o.Str("name") ?? throw new JsonException("The order has no name."),
            ChannelOrderId = o.Str("id"),
            Customer = customer is { } c ? new Customer
            {
                SourceCustomerCode = c.Str("email") ?? o.Str("email") ?? $"shopify:{c.Str("id")}",
                FirstName = c.Str("first_name"), LastName = c.Str("last_name"), Email = c.Str("email") ?? o.Str("email"), Phone = c.Str("phone"),
            } : null,
            BillingAddress = Address(o.Prop("billing_address"), "billing"),
            ShippingAddress = Address(o.Prop("shipping_address"), "shipping"),
            LineItems = [.. o.Arr("line_items").Select(l => Line(l, taxesIncluded))],
            ShippingLines = [.. o.Arr("shipping_lines").Select(s => new ShippingLine(
                s.Str("code") ?? s.Str("title") ?? "shipping", s.Str("title") ?? "",
                TaxedAmounts.ExTax(s.Dec("price") ?? 0, taxesIncluded, s.Arr("tax_lines").Sum(t => t.Dec("rate") ?? 0))))],
            Notes = o.Str("note"),
            Currency = o.Str("currency") ?? "ZAR",
            Totals = new OrderTotals(o.Dec("subtotal_price") ?? 0, o.Dec("total_tax") ?? 0,
                o.Prop("total_shipping_price_set")?.Prop("shop_money")?.Dec("amount") ?? o.Arr("shipping_lines").Sum(s => s.Dec("price") ?? 0),
                o.Dec("total_discounts") ?? 0, o.Dec("total_price") ?? 0),
            PlacedAt = o.Str("created_at") is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null,
        };
    }

    private static LineItem Line(JsonElement l, bool taxesIncluded)
    {
        var rate = l.Arr("tax_lines").Sum(t => t.Dec("rate") ?? 0);
        return new LineItem
        {
            Sku = l.Str("sku") ?? "",
            Title = l.Str("title"),
            Qty = l.Dec("quantity") ?? 0,
            Price = TaxedAmounts.ExTax(l.Dec("price") ?? 0, taxesIncluded, rate),
            TotalDiscount = TaxedAmounts.ExTax(l.Dec("total_discount") ?? 0, taxesIncluded, rate),
            TaxLines = [.. l.Arr("tax_lines").Select(t => new TaxLine(t.Str("title") ?? "", t.Dec("rate") ?? 0, t.Dec("price") ?? 0))],
            ChannelLineId = l.Str("id"),
        };
    }

    private static Address? Address(JsonElement? a, string type) => a is not { } x ? null : new Address
    {
        Type = type, FirstName = x.Str("first_name"), LastName = x.Str("last_name"), Company = x.Str("company"),
        Address1 = x.Str("address1"), Address2 = x.Str("address2"), City = x.Str("city"), Province = x.Str("province"),
        Zip = x.Str("zip"), CountryCode = x.Str("country_code"), Phone = x.Str("phone"),
    };
}
