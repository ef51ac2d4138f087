using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento1.ServiceReference;
using Stockbridge.Connectors.Magento1.Soap;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Magento1.Orders;

/// <summary>
/// A Magento order (<c>salesOrderInfo</c>) as the hub's order. Lines are the order items without a parent (a configurable's
/// line carries the simple's SKU and the price; its child item is skipped); each line's net is row_total less its
/// discount, shipping is shipping_amount ex tax. Every cent is carried: what the lines and shipping do not explain of
/// grand_total less tax (an order-level or shipping discount) becomes the order's unallocated discount.
/// </summary>
public static class MagentoOrderMapper
{
    /// <summary>The hub's order for one Magento order.</summary>
    public static Order Map(SalesOrderEntity order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var code = order.IncrementId is { Length: > 0 } increment ? increment : throw new PermanentConnectorException("Magento sent an order without increment_id.");
        var lines = (order.Items ?? []).Where(i => string.IsNullOrEmpty(i.ParentItemId) || i.ParentItemId == "0").Select(i => Line(code, i)).ToList();
        if (lines.Count == 0) throw new PermanentConnectorException($"Magento order {code} has no items.");
        var shipping = MagentoValues.Amount(order.ShippingAmount, "shipping_amount");
        var paidExTax = OrderValue.Cents(MagentoValues.Amount(order.GrandTotal, "grand_total") - MagentoValues.Amount(order.TaxAmount, "tax_amount"));
        var explained = lines.Sum(OrderValue.LineNet) + shipping;
        var unexplained = OrderValue.Cents(explained - paidExTax);
        if (unexplained < 0)
            throw new PermanentConnectorException($"Magento order {code}: its lines and shipping ({explained}) are less than grand_total less tax ({paidExTax}); the order's amounts do not add up.");
        return new Order
        {
            Channel = Magento1Manifest.Key,
            ChannelOrderCode = code,
            ChannelOrderId = order.OrderId,
            Customer = order.CustomerEmail is { Length: > 0 } email
                ? new Customer { SourceCustomerCode = email, Email = email, FirstName = order.CustomerFirstname, LastName = order.CustomerLastname }
                : null,
            BillingAddress = Address(order.BillingAddress, "billing"),
            ShippingAddress = Address(order.ShippingAddress, "shipping"),
            LineItems = [.. lines],
            ShippingLines = shipping == 0 ? [] : [new ShippingLine(order.ShippingMethod ?? "shipping", order.ShippingDescription ?? "Shipping", shipping)],
            UnallocatedDiscount = unexplained,
            DiscountCodes = order.CouponCode is { Length: > 0 } coupon ? [coupon] : [],
            Currency = order.OrderCurrencyCode is { Length: 3 } currency ? currency : "ZAR",
            Totals = new OrderTotals(
                MagentoValues.Amount(order.Subtotal, "subtotal"), MagentoValues.Amount(order.TaxAmount, "tax_amount"), shipping,
                -MagentoValues.Amount(order.DiscountAmount, "discount_amount"), MagentoValues.Amount(order.GrandTotal, "grand_total")),
            PlacedAt = MagentoValues.ParseDate(order.CreatedAt),
        };
    }

    private static LineItem Line(string code, SalesOrderItemEntity item)
    {
        var sku = item.Sku is { Length: > 0 } s ? s : throw new PermanentConnectorException($"Magento order {code}: item {item.ItemId} has no SKU.");
        var qty = MagentoValues.Amount(item.QtyOrdered, "qty_ordered");
        var rowTotal = MagentoValues.OptionalAmount(item.RowTotal, "row_total");
        var price = MagentoValues.Amount(item.Price, "price");
        var discount = MagentoValues.Amount(item.DiscountAmount, "discount_amount");
        var taxPercent = MagentoValues.Amount(item.TaxPercent, "tax_percent");
        var tax = MagentoValues.Amount(item.TaxAmount, "tax_amount");
        return new LineItem
        {
            Sku = sku,
            Title = item.Name,
            Qty = qty,
            Price = price,
            TotalDiscount = discount,
            NetTotal = OrderValue.Cents((rowTotal ?? qty * price) - discount),
            TaxLines = tax == 0 ? [] : [new TaxLine("Tax", taxPercent / 100m, tax)],
            ChannelLineId = item.ItemId,
        };
    }

    private static Address? Address(SalesOrderAddressEntity? address, string type) => address is null ? null : new Address
    {
        Type = type,
        FirstName = address.Firstname,
        LastName = address.Lastname,
        Company = address.Company,
        Address1 = address.Street?.Split('\n')[0],
        Address2 = address.Street?.Split('\n') is { Length: > 1 } street ? string.Join(", ", street[1..]) : null,
        City = address.City,
        Province = address.Region,
        Zip = address.Postcode,
        CountryCode = address.CountryId,
        Phone = address.Telephone,
    };
}
