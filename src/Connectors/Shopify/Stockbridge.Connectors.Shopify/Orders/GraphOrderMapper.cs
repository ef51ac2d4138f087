using System.Globalization;
using System.Text.Json;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Shopify.Orders;

/// <summary>Maps a GraphQL order node (the reconciling poll) to the canonical order, the same way as the webhook.</summary>
public static class GraphOrderMapper
{
    public static Order Map(JsonElement o, IReadOnlyList<JsonElement> lineItems)
    {
        ArgumentNullException.ThrowIfNull(lineItems);
        var taxesIncluded = o.Bool("taxesIncluded") ?? false;
        return new Order
        {
            Channel = Manifest.ShopifyManifest.Key,
            ChannelOrderCode = o.Str("name")!,
            ChannelOrderId = o.Str("legacyResourceId"),
            Customer = o.Prop("customer") is { } c ? new Customer
            {
                SourceCustomerCode = o.Str("email") ?? c.Str("email") ?? $"shopify:{c.Str("legacyResourceId")}",
                FirstName = c.Str("firstName"), LastName = c.Str("lastName"), Email = o.Str("email") ?? c.Str("email"), Phone = c.Str("phone"),
            } : null,
            BillingAddress = Address(o.Prop("billingAddress"), "billing"),
            ShippingAddress = Address(o.Prop("shippingAddress"), "shipping"),
            LineItems = [.. lineItems.Select(l => Line(l, taxesIncluded))],
            ShippingLines = [.. o.Nodes("shippingLines").Select(s => Shipping(s, taxesIncluded))],
            DiscountCodes = [.. o.Arr("discountCodes").Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!)],
            Notes = o.Str("note"),
            Currency = o.Str("currencyCode") ?? "ZAR",
            Totals = Totals(o, lineItems, taxesIncluded),
            PlacedAt = o.Str("createdAt") is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null,
            State = o.Str("cancelledAt") is not null ? OrderState.Cancelled : OrderState.Received,
        };
    }

    private static LineItem Line(JsonElement l, bool taxesIncluded)
    {
        var rate = l.Arr("taxLines").Sum(t => t.Dec("rate") ?? 0);
        var qty = l.Int("quantity") ?? 0;
        var money = ShopifyMoney.Line(l.ShopMoney("originalUnitPriceSet") ?? 0, qty, Allocations(l), 0,
            l.Arr("taxLines").Sum(t => t.ShopMoney("priceSet") ?? 0), rate, taxesIncluded);
        return new LineItem
        {
            Sku = l.Str("sku") ?? "",
            Title = l.Str("title"),
            Qty = qty,
            Price = money.Price,
            TotalDiscount = money.TotalDiscount,
            Discounts = [.. money.Discounts],
            NetTotal = money.Net,
            TaxLines = [.. l.Arr("taxLines").Select(t => new TaxLine(t.Str("title") ?? "", t.Dec("rate") ?? 0, t.ShopMoney("priceSet") ?? 0))],
            ChannelLineId = l.Str("id") is { } gid ? gid[(gid.LastIndexOf('/') + 1)..] : null,
        };
    }

    private static ShippingLine Shipping(JsonElement s, bool taxesIncluded)
    {
        var (price, discount) = ShopifyMoney.Shipping(s.ShopMoney("originalPriceSet") ?? 0, Allocations(s),
            s.Arr("taxLines").Sum(t => t.ShopMoney("priceSet") ?? 0), s.Arr("taxLines").Sum(t => t.Dec("rate") ?? 0), taxesIncluded);
        return new ShippingLine(s.Str("code") ?? s.Str("title") ?? "shipping", s.Str("title") ?? "", price, discount);
    }

    /// <summary>A line's discountAllocations with the kind and code or title of the application each came from.</summary>
    private static List<ShopifyDiscount> Allocations(JsonElement line) =>
    [
        .. line.Arr("discountAllocations").Select(a =>
        {
            var application = a.Prop("discountApplication");
            var kind = application?.Str("__typename") switch
            {
                "DiscountCodeApplication" => DiscountKinds.Code,
                "AutomaticDiscountApplication" => DiscountKinds.Automatic,
                "ManualDiscountApplication" => DiscountKinds.Manual,
                "ScriptDiscountApplication" => DiscountKinds.Script,
                _ => DiscountKinds.Other,
            };
            return new ShopifyDiscount(kind, application?.Str("code") ?? application?.Str("title"), a.ShopMoney("allocatedAmountSet") ?? 0);
        }),
    ];

    /// <summary>The channel's totals in the hub's terms: subtotal and shipping ex tax, after their discounts.</summary>
    private static OrderTotals Totals(JsonElement o, IReadOnlyList<JsonElement> lineItems, bool taxesIncluded)
    {
        var lineTax = lineItems.SelectMany(l => l.Arr("taxLines")).Sum(t => t.ShopMoney("priceSet") ?? 0);
        var shippingTax = o.Nodes("shippingLines").SelectMany(l => l.Arr("taxLines")).Sum(t => t.ShopMoney("priceSet") ?? 0);
        return ShopifyMoney.Totals(o.ShopMoney("subtotalPriceSet") ?? 0, o.ShopMoney("totalTaxSet") ?? 0, o.ShopMoney("totalShippingPriceSet") ?? 0,
            o.ShopMoney("totalDiscountsSet") ?? 0, o.ShopMoney("totalPriceSet") ?? 0, lineTax, shippingTax, taxesIncluded);
    }

    private static Address? Address(JsonElement? a, string type) => a is not { } x ? null : new Address
    {
        Type = type, FirstName = x.Str("firstName"), LastName = x.Str("lastName"), Company = x.Str("company"),
        Address1 = x.Str("address1"), Address2 = x.Str("address2"), City = x.Str("city"), Province = x.Str("province"),
        Zip = x.Str("zip"), CountryCode = x.Str("countryCodeV2"), Phone = x.Str("phone"),
    };
}
