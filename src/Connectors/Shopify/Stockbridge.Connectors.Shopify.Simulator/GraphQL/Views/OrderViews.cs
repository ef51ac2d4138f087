using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;

/// <summary>Orders, their lines and fulfilments as GraphQL objects.</summary>
public static class OrderViews
{
    public static GraphObject Order(SimOrder o, ShopState s) => new GraphObject
    {
        ["id"] = Gid.For("Order", o.Id),
        ["legacyResourceId"] = o.Id,
        ["name"] = o.Name,
        ["email"] = o.Email,
        ["phone"] = o.Phone,
        ["createdAt"] = o.CreatedAt,
        ["updatedAt"] = o.UpdatedAt,
        ["processedAt"] = o.CreatedAt,
        ["cancelledAt"] = o.CancelledAt,
        ["closed"] = false,
        ["test"] = false,
        ["sourceName"] = "web",
        ["displayFinancialStatus"] = o.FinancialStatus.ToUpperInvariant(),
        ["displayFulfillmentStatus"] = (o.FulfillmentStatus ?? "unfulfilled").ToUpperInvariant(),
        ["currencyCode"] = o.Currency,
        ["presentmentCurrencyCode"] = o.Currency,
        ["taxesIncluded"] = o.TaxesIncluded,
        ["note"] = o.Note,
        ["tags"] = o.Tags.ToList(),
        ["discountCodes"] = o.DiscountCodes.ToList(),
        ["customAttributes"] = new List<GraphObject>(),
        ["shippingAddress"] = MoneyViews.Address(o.ShippingAddress),
        ["billingAddress"] = MoneyViews.Address(o.BillingAddress),
        ["subtotalPriceSet"] = MoneyViews.Bag(o.Subtotal, o.Currency),
        ["totalPriceSet"] = MoneyViews.Bag(o.Total, o.Currency),
        ["totalTaxSet"] = MoneyViews.Bag(o.TotalTax, o.Currency),
        ["totalShippingPriceSet"] = MoneyViews.Bag(o.TotalShipping, o.Currency),
        ["totalDiscountsSet"] = MoneyViews.Bag(o.TotalDiscounts, o.Currency),
        ["currentSubtotalPriceSet"] = MoneyViews.Bag(o.Subtotal, o.Currency),
        ["currentTotalPriceSet"] = MoneyViews.Bag(o.Total, o.Currency),
        ["currentTotalTaxSet"] = MoneyViews.Bag(o.TotalTax, o.Currency),
        ["currentTotalDiscountsSet"] = MoneyViews.Bag(o.TotalDiscounts, o.Currency),
        ["currentShippingPriceSet"] = MoneyViews.Bag(o.DiscountedShipping, o.Currency),
        ["totalOutstandingSet"] = MoneyViews.Bag(o.TotalOutstanding, o.Currency),
        ["totalReceivedSet"] = MoneyViews.Bag(o.Total - o.TotalOutstanding, o.Currency),
        ["subtotalLineItemsQuantity"] = o.LineItems.Sum(l => l.Quantity),
        ["poNumber"] = o.PoNumber,
        ["confirmationNumber"] = o.ConfirmationNumber,
        ["discountCode"] = o.DiscountCodes.FirstOrDefault(),
    }
    .Lazy("discountApplications", () => DiscountViews.Applications(o))
    .Lazy("customer", () => o.CustomerId is { } id && s.Customers.TryGetValue(id, out var c) ? CustomerViews.Customer(c, s) : null)
    .Lazy("lineItems", () => o.LineItems.Select(l => LineItem(l, o, s)).ToList())
    .Lazy("shippingLines", () => o.ShippingLines.Select(l => ShippingLine(l, o)).ToList())
    .Lazy("fulfillmentOrders", () => o.FulfillmentOrders.Select(f => FulfillmentOrder(f, o, s)).ToList())
    .Lazy("fulfillments", () => o.Fulfillments.Select(Fulfillment).ToList())
    .WithArgs("metafields", c => MetafieldViews.For(s, Gid.For("Order", o.Id), c))
    .WithArgs("metafield", c => MetafieldViews.One(s, Gid.For("Order", o.Id), c));

    public static GraphObject LineItem(SimLineItem l, SimOrder o, ShopState s) => new GraphObject
    {
        ["id"] = Gid.For("LineItem", l.Id),
        ["name"] = l.VariantTitle is null ? l.Title : $"{l.Title} - {l.VariantTitle}",
        ["title"] = l.Title,
        ["sku"] = l.Sku,
        ["quantity"] = l.Quantity,
        ["currentQuantity"] = l.Quantity,
        ["variantTitle"] = l.VariantTitle,
        ["vendor"] = l.Vendor,
        ["requiresShipping"] = true,
        ["taxable"] = l.TaxLines.Count > 0,
        ["originalUnitPriceSet"] = MoneyViews.Bag(l.Price, o.Currency),
        // Line-level (manual) discounts only, as Shopify's discountedUnitPriceSet/discountedTotalSet; the "after all
        // discounts" price includes order-level code and automatic discounts too.
        ["discountedUnitPriceSet"] = MoneyViews.Bag(l.Price - (l.Quantity == 0 ? 0 : l.TotalDiscount / l.Quantity), o.Currency),
        ["discountedUnitPriceAfterAllDiscountsSet"] = MoneyViews.Bag(l.Price - (l.Quantity == 0 ? 0 : Math.Round(l.AllocatedDiscount / l.Quantity, 2)), o.Currency),
        ["originalTotalSet"] = MoneyViews.Bag(l.OriginalTotal, o.Currency),
        ["discountedTotalSet"] = MoneyViews.Bag(l.OriginalTotal - l.TotalDiscount, o.Currency),
        ["totalDiscountSet"] = MoneyViews.Bag(l.TotalDiscount, o.Currency),
        ["taxLines"] = MoneyViews.TaxLines(l.TaxLines, o.Currency),
    }
    .Lazy("discountAllocations", () => DiscountViews.Allocations(l.DiscountAllocations, o))
    .Lazy("variant", () => l.VariantId is { } id && s.VariantById(id) is { } v ? CatalogViews.Variant(v, s) : null);

    private static GraphObject ShippingLine(SimShippingLine l, SimOrder o) => new GraphObject
    {
        ["id"] = Gid.For("ShippingLine", l.Id),
        ["title"] = l.Title,
        ["code"] = l.Code,
        ["source"] = "shopify",
        ["isRemoved"] = false,
        ["originalPriceSet"] = MoneyViews.Bag(l.Price, o.Currency),
        ["discountedPriceSet"] = MoneyViews.Bag(l.DiscountedPrice, o.Currency),
        ["currentDiscountedPriceSet"] = MoneyViews.Bag(l.DiscountedPrice, o.Currency),
        ["taxLines"] = MoneyViews.TaxLines(l.TaxLines, o.Currency),
    }
    .Lazy("discountAllocations", () => DiscountViews.Allocations(l.DiscountAllocations, o));

    private static GraphObject FulfillmentOrder(SimFulfillmentOrder f, SimOrder o, ShopState s) => new GraphObject
    {
        ["id"] = Gid.For("FulfillmentOrder", f.Id),
        ["status"] = f.Status,
        ["orderId"] = Gid.For("Order", o.Id),
    }
    .Lazy("assignedLocation", () => s.LocationById(f.LocationId) is { } l
        ? new GraphObject { ["name"] = l.Name, ["location"] = CatalogViews.Location(l) }
        : new GraphObject { ["name"] = null, ["location"] = null })
    .Lazy("lineItems", () => f.Lines.Select(fl =>
    {
        var line = o.LineItems.First(l => l.Id == fl.LineItemId);
        return new GraphObject
        {
            ["id"] = Gid.For("FulfillmentOrderLineItem", fl.Id),
            ["sku"] = line.Sku,
            ["totalQuantity"] = fl.TotalQuantity,
            ["remainingQuantity"] = fl.RemainingQuantity,
        }.Lazy("lineItem", () => LineItem(line, o, s));
    }).ToList());

    public static GraphObject Fulfillment(SimFulfillment f) => new()
    {
        ["id"] = Gid.For("Fulfillment", f.Id),
        ["name"] = f.Name,
        ["status"] = f.Status,
        ["createdAt"] = f.CreatedAt,
        ["trackingInfo"] = new List<GraphObject>
        {
            new() { ["company"] = f.TrackingCompany, ["number"] = f.TrackingNumber, ["url"] = f.TrackingUrl },
        },
    };
}
