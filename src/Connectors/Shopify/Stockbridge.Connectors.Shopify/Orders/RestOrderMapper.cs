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
        var applications = o.Arr("discount_applications").ToList();
        return new Order
        {
            Channel = Manifest.ShopifyManifest.Key,
            ChannelOrderCode = o.Str("name") ?? throw new JsonException("The order has no name."),
            ChannelOrderId = o.Str("id"),
            Customer = customer is { } c ? new Customer
            {
                SourceCustomerCode = o.Str("email") ?? c.Str("email") ?? $"shopify:{c.Str("id")}",
                FirstName = c.Str("first_name"), LastName = c.Str("last_name"), Email = o.Str("email") ?? c.Str("email"), Phone = c.Str("phone"),
            } : null,
            BillingAddress = Address(o.Prop("billing_address"), "billing"),
            ShippingAddress = Address(o.Prop("shipping_address"), "shipping"),
            LineItems = [.. o.Arr("line_items").Select(l => Line(l, applications, taxesIncluded))],
            ShippingLines = [.. o.Arr("shipping_lines").Select(s => Shipping(s, applications, taxesIncluded))],
            DiscountCodes = [.. o.Arr("discount_codes").Select(d => d.Str("code")).OfType<string>()],
            Notes = o.Str("note"),
            Currency = o.Str("currency") ?? "ZAR",
            Totals = Totals(o, taxesIncluded),
            PlacedAt = o.Str("created_at") is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null,
            // A cancelled order (orders/cancelled, or any later delivery of one) is taken in as cancelled: never raised.
            State = o.Str("cancelled_at") is not null ? OrderState.Cancelled : OrderState.Received,
        };
    }

    private static LineItem Line(JsonElement l, List<JsonElement> applications, bool taxesIncluded)
    {
        var rate = l.Arr("tax_lines").Sum(t => t.Dec("rate") ?? 0);
        var qty = l.Dec("quantity") ?? 0;
        var money = ShopifyMoney.Line(l.Dec("price") ?? 0, qty, Allocations(l, applications), l.Dec("total_discount") ?? 0,
            l.Arr("tax_lines").Sum(t => t.Dec("price") ?? 0), rate, taxesIncluded);
        return new LineItem
        {
            Sku = l.Str("sku") ?? "",
            Title = l.Str("title"),
            Qty = qty,
            Price = money.Price,
            TotalDiscount = money.TotalDiscount,
            Discounts = [.. money.Discounts],
            NetTotal = money.Net,
            TaxLines = [.. l.Arr("tax_lines").Select(t => new TaxLine(t.Str("title") ?? "", t.Dec("rate") ?? 0, t.Dec("price") ?? 0))],
            ChannelLineId = l.Str("id"),
        };
    }

    private static ShippingLine Shipping(JsonElement s, List<JsonElement> applications, bool taxesIncluded)
    {
        var (price, discount) = ShopifyMoney.Shipping(s.Dec("price") ?? 0, Allocations(s, applications),
            s.Arr("tax_lines").Sum(t => t.Dec("price") ?? 0), s.Arr("tax_lines").Sum(t => t.Dec("rate") ?? 0), taxesIncluded);
        return new ShippingLine(s.Str("code") ?? s.Str("title") ?? "shipping", s.Str("title") ?? "", price, discount);
    }

    /// <summary>A line's discount_allocations, each named by the discount_applications entry its index points at.</summary>
    private static List<ShopifyDiscount> Allocations(JsonElement line, List<JsonElement> applications) =>
    [
        .. line.Arr("discount_allocations").Select(a =>
        {
            var index = a.Int("discount_application_index");
            var application = index is { } i && i >= 0 && i < applications.Count ? applications[i] : (JsonElement?)null;
            var type = application?.Str("type");
            return new ShopifyDiscount(KindOf(type), type == "discount_code" ? application?.Str("code") : application?.Str("title") ?? application?.Str("code"),
                a.Dec("amount") ?? a.RestShopMoney("amount_set") ?? 0);
        }),
    ];

    /// <summary>A REST discount application's type as a discount kind.</summary>
    internal static string KindOf(string? type) => type switch
    {
        "discount_code" => DiscountKinds.Code,
        "automatic" => DiscountKinds.Automatic,
        "manual" => DiscountKinds.Manual,
        "script" => DiscountKinds.Script,
        _ => DiscountKinds.Other,
    };

    /// <summary>The channel's totals in the hub's terms: subtotal and shipping ex tax, after their discounts.</summary>
    private static OrderTotals Totals(JsonElement o, bool taxesIncluded)
    {
        var lineTax = o.Arr("line_items").SelectMany(l => l.Arr("tax_lines")).Sum(t => t.Dec("price") ?? 0);
        var shippingTax = o.Arr("shipping_lines").SelectMany(l => l.Arr("tax_lines")).Sum(t => t.Dec("price") ?? 0);
        var shipping = o.RestShopMoney("total_shipping_price_set")
            ?? o.Arr("shipping_lines").Sum(s => s.Dec("discounted_price") ?? s.Dec("price") ?? 0);
        return ShopifyMoney.Totals(o.Dec("subtotal_price") ?? 0, o.Dec("total_tax") ?? 0, shipping, o.Dec("total_discounts") ?? 0, o.Dec("total_price") ?? 0,
            lineTax, shippingTax, taxesIncluded);
    }

    private static Address? Address(JsonElement? a, string type) => a is not { } x ? null : new Address
    {
        Type = type, FirstName = x.Str("first_name"), LastName = x.Str("last_name"), Company = x.Str("company"),
        Address1 = x.Str("address1"), Address2 = x.Str("address2"), City = x.Str("city"), Province = x.Str("province"),
        Zip = x.Str("zip"), CountryCode = x.Str("country_code"), Phone = x.Str("phone"),
    };
}
