namespace Stockbridge.Connectors.WooCommerce.Simulator.State;

/// <summary>An order as the store holds it.</summary>
public sealed class WooOrder
{
    /// <summary>The id.</summary>
    public required int Id { get; init; }

    /// <summary>The order number shown to the shopper (the id, as in a store without a numbering plugin).</summary>
    public string Number => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>pending, processing, on-hold, completed, cancelled, refunded, failed.</summary>
    public string Status { get; set; } = "processing";

    /// <summary>The currency code.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>The shopper's email.</summary>
    public string Email { get; init; } = "";

    /// <summary>When placed (UTC).</summary>
    public DateTimeOffset DateCreated { get; init; }

    /// <summary>When last changed (UTC).</summary>
    public DateTimeOffset DateModified { get; set; }

    /// <summary>The line items.</summary>
    public List<WooOrderLine> Lines { get; } = [];

    /// <summary>The shipping lines.</summary>
    public List<WooShippingLine> ShippingLines { get; } = [];

    /// <summary>The coupons used.</summary>
    public List<WooCouponLine> CouponLines { get; } = [];

    /// <summary>Custom fields (the connector writes the ERP order number here).</summary>
    public List<WooMeta> MetaData { get; } = [];

    /// <summary>Notes.</summary>
    public List<WooOrderNote> Notes { get; } = [];
}
