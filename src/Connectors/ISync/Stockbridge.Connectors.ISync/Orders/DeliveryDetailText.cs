using Stockbridge.Domain.Customers;

namespace Stockbridge.Connectors.ISync.Orders;

/// <summary>The shipping address as one line of text, as the website shows it: name, company, street, city, province, postal code, country, phone.</summary>
public static class DeliveryDetailText
{
    /// <summary>The longest DeliveryDetail sent (the assumed contract's limit).</summary>
    public const int MaxLength = 500;

    /// <summary>The address's text, cut to <see cref="MaxLength"/>; empty when there is no address.</summary>
    public static string Of(Address? address)
    {
        if (address is null) return "";
        var name = string.Join(' ', new[] { address.FirstName, address.LastName }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        var parts = new[] { name, address.Company, address.Address1, address.Address2, address.City, address.Province, address.Zip, address.CountryCode, address.Phone }
            .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim());
        var text = string.Join(", ", parts);
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }
}
