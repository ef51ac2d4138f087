using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Parcelninja.Outbounds;

/// <summary>
/// An order as a <c>POST /outbounds/</c> body: <c>clientId</c> the channel order code, type 2 (customer order), the
/// shipping address (else the billing address) cut to Parcelninja's 50-character fields, a South African 10-digit contact
/// number when the phone is one, Parcelninja's default delivery option, and one item per SKU in whole units.
/// </summary>
public static class OutboundPayload
{
    /// <summary>The longest text field Parcelninja takes.</summary>
    public const int MaxLength = 50;

    /// <summary>The body; a permanent error for an order Parcelninja cannot take (no lines, part units, a code too long).</summary>
    public static JsonObject For(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.ChannelOrderCode.Length > MaxLength)
            throw new PermanentConnectorException($"Order {order.ChannelOrderCode} cannot go to Parcelninja: its code is longer than {MaxLength} characters.");
        var items = order.LineItems
            .GroupBy(l => l.Sku.Trim(), StringComparer.Ordinal)
            .Select(g => Item(order, g.Key, g.First().Title, g.Sum(l => l.Qty)))
            .ToList();
        if (items.Count == 0) throw new PermanentConnectorException($"Order {order.ChannelOrderCode} has no lines to ship.");
        var address = order.ShippingAddress ?? order.BillingAddress;
        return new JsonObject
        {
            ["clientId"] = order.ChannelOrderCode,
            ["typeId"] = 2,
            ["deliveryInfo"] = new JsonObject
            {
                ["customer"] = Cut(Recipient(order, address)),
                ["email"] = order.Customer?.Email is { Length: > 0 and <= MaxLength } email ? email : null,
                ["contactNo"] = SouthAfricanNumber(address?.Phone ?? order.Customer?.Phone),
                ["addressLine1"] = Cut(address?.Address1),
                ["addressLine2"] = Cut(address?.Address2),
                ["suburb"] = Cut(address?.City),
                ["postalCode"] = address?.Zip?.Trim(),
                ["forCollection"] = false,
                ["deliveryOption"] = new JsonObject { ["deliveryQuoteId"] = 0 },
            },
            ["items"] = new JsonArray([.. items]),
        };
    }

    /// <summary>A phone number as Parcelninja's 10-digit South African form (<c>+27 82 …</c> → <c>082…</c>), or null when it is not one.</summary>
    public static string? SouthAfricanNumber(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (digits.StartsWith("27", StringComparison.Ordinal) && digits.Length == 11) digits = "0" + digits[2..];
        return digits.Length == 10 && digits[0] == '0' ? digits : null;
    }

    private static JsonNode Item(Order order, string sku, string? title, decimal qty)
    {
        if (sku.Length == 0) throw new PermanentConnectorException($"Order {order.ChannelOrderCode} has a line without a SKU.");
        if (sku.Length > MaxLength) throw new PermanentConnectorException($"Order {order.ChannelOrderCode}: SKU '{sku}' is longer than Parcelninja's {MaxLength} characters.");
        if (qty <= 0 || qty != decimal.Truncate(qty) || qty > int.MaxValue)
            throw new PermanentConnectorException($"Order {order.ChannelOrderCode}: Parcelninja ships whole units, and {qty} of {sku} is not one.");
        return new JsonObject { ["itemNo"] = sku, ["name"] = string.IsNullOrWhiteSpace(title) ? sku : title, ["qty"] = (int)qty, ["fromReserve"] = false };
    }

    private static string? Recipient(Order order, Address? address)
    {
        var name = $"{address?.FirstName} {address?.LastName}".Trim();
        if (name.Length > 0) return name;
        if (!string.IsNullOrWhiteSpace(address?.Company)) return address.Company;
        var customer = $"{order.Customer?.FirstName} {order.Customer?.LastName}".Trim();
        return customer.Length > 0 ? customer : order.Customer?.Company;
    }

    private static string? Cut(string? value)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length <= MaxLength ? text : text[..MaxLength];
    }
}
