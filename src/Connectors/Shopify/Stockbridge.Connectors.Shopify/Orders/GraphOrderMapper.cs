using System.Globalization;
using System.Text.Json;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Shopify.Orders;

/// <summary>Maps a GraphQL order node (the reconciling poll) to the canonical order, the same way as the webhook.</summary>
public static class GraphOrderMapper
{
    public static Order Map(JsonElement o, IEnumerable<JsonElement> lineItems)
    {
        var taxesIncluded = o.Bool("taxesIncluded") ?? false;
        return new Order
        {
            Channel = Manifest.ShopifyManifest.Key,
            ChannelOrderCode = o.Str("name")!,
            ChannelOrderId = o.Str("legacyResourceId"),
            Customer = o.Prop("customer") is { } c ? new Customer
            {
                SourceCustomerCode = c.Str("email") ?? o.Str("email") ?? $"shopify:{c.Str("legacyResourceId")}",
                FirstName = c.Str("firstName"), LastName = c.Str("lastName"), Email = c.Str("email") ?? o.Str("email"), Phone = c.Str("phone"),
            } : null,
            BillingAddress = Address(o.Prop("billingAddress"), "billing"),
            ShippingAddress = Address(o.Prop("shippingAddress"), "shipping"),
            LineItems = [.. lineItems.Select(l => Line(l, taxesIncluded))],
            ShippingLines = [.. o.Nodes("shippingLines").Select(s => new ShippingLine(
                s.Str("code") ?? s.Str("title") ?? "shipping", s.Str("title") ?? "",
                TaxedAmounts.ExTax(s.ShopMoney("originalPriceSet") ?? 0, taxesIncluded, s.Arr("taxLines").Sum(t => t.Dec("rate") ?? 0))))],
            Notes = o.Str("note"),
            Currency = o.Str("currencyCode") ?? "ZAR",
            Totals = new OrderTotals(o.ShopMoney("subtotalPriceSet") ?? 0, o.ShopMoney("totalTaxSet") ?? 0, o.ShopMoney("totalShippingPriceSet") ?? 0,
                o.ShopMoney("totalDiscountsSet") ?? 0, o.ShopMoney("totalPriceSet") ?? 0),
            PlacedAt = o.Str("createdAt") is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null,
        };
    }

    private static LineItem Line(JsonElement l, bool taxesIncluded)
    {
        var rate = l.Arr("taxLines").Sum(t => t.Dec("rate") ?? 0);
        return new LineItem
        {
            Sku = l.Str("sku") ?? "",
            Title = l.Str("title"),
            Qty = l.Int("quantity") ?? 0,
            Price = TaxedAmounts.ExTax(l.ShopMoney("originalUnitPriceSet") ?? 0, taxesIncluded, rate),
            TotalDiscount = TaxedAmounts.ExTax(l.ShopMoney("totalDiscountSet") ?? 0, taxesIncluded, rate),
            TaxLines = [.. l.Arr("taxLines").Select(t => new TaxLine(t.Str("title") ?? "", t.Dec("rate") ?? 0, t.ShopMoney("priceSet") ?? 0))],
            ChannelLineId = l.Str("id") is { } gid ? gid[(gid.LastIndexOf('/') + 1)..] : null,
        };
    }

    private static Address? Address(JsonElement? a, string type) => a is not { } x ? null : new Address
    {
        Type = type, FirstName = x.Str("firstName"), LastName = x.Str("lastName"), Company = x.Str("company"),
        Address1 = x.Str("address1"), Address2 = x.Str("address2"), City = x.Str("city"), Province = x.Str("province"),
        Zip = x.Str("zip"), CountryCode = x.Str("countryCodeV2"), Phone = x.Str("phone"),
    };
}
