using System.Globalization;

namespace Stockbridge.Connectors.Magento1.Simulator.State;

public sealed partial class MagentoStore
{
    /// <summary>
    /// A shopper's checkout: every SKU enabled and in stock with enough quantity (stock is taken), a coupon takes its
    /// percentage off every line (rounded per line), flat-rate shipping, tax on lines after discount and on shipping.
    /// </summary>
    /// <exception cref="ArgumentException">A SKU is unknown, disabled, out of stock or short, or the coupon is unknown.</exception>
    public MagentoOrder Checkout(string email, IReadOnlyList<(string Sku, decimal Quantity)> lines, string? coupon)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (string.IsNullOrWhiteSpace(email) || email.Length > 254) throw new ArgumentException("The shopper's email is missing or too long.", nameof(email));
        if (lines.Count == 0) throw new ArgumentException("The cart is empty.", nameof(lines));
        decimal percentOff = 0;
        if (coupon is not null) percentOff = Settings.CouponPercent(coupon) ?? throw new ArgumentException($"Coupon code \"{coupon}\" is not valid.", nameof(coupon));
        lock (_gate)
        {
            foreach (var (sku, quantity) in lines)
            {
                if (quantity is <= 0 or > 10_000) throw new ArgumentException($"SKU '{sku}': {quantity} is not a quantity a shopper can order.", nameof(lines));
                if (!_products.TryGetValue(sku, out var p) || !p.ForSale || p.Type != "simple") throw new ArgumentException($"SKU '{sku}' is not for sale.", nameof(lines));
                if (p.ManageStock && p.Qty < quantity) throw new ArgumentException($"SKU '{sku}': the requested quantity is not available (only {p.Qty}).", nameof(lines));
            }
            var now = Now();
            var orderLines = lines.Select(l =>
            {
                var product = _products[l.Sku];
                if (product.ManageStock)
                {
                    product.Qty -= l.Quantity;
                    product.IsInStock = product.Qty > 0;
                    product.UpdatedAt = now;
                }
                var rowTotal = product.SellingPrice * l.Quantity;
                var discount = Cents(rowTotal * percentOff / 100m);
                return new MagentoOrderLine
                {
                    ItemId = _nextItemId++,
                    ProductId = product.Id,
                    Sku = product.Sku,
                    Name = product.Name,
                    Qty = l.Quantity,
                    Price = product.SellingPrice,
                    Discount = discount,
                    TaxPercent = Settings.TaxPercent,
                    Tax = Cents((rowTotal - discount) * Settings.TaxPercent / 100m),
                };
            }).ToList();
            var id = _nextOrderId++;
            var at = email.IndexOf('@', StringComparison.Ordinal);
            var order = new MagentoOrder
            {
                Id = id,
                IncrementId = (100000000 + id).ToString(CultureInfo.InvariantCulture),
                Email = email,
                Firstname = at > 0 ? email[..at] : "Shopper",
                Lastname = "Shopper",
                CreatedAt = now,
                UpdatedAt = now,
                Lines = orderLines,
                Shipping = Settings.FlatShipping,
                ShippingTax = Cents(Settings.FlatShipping * Settings.TaxPercent / 100m),
                CouponCode = coupon,
            };
            order.History.Add(new MagentoComment(now, "pending", "", true));
            _orders.Add(order);
            return order;
        }
    }

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
