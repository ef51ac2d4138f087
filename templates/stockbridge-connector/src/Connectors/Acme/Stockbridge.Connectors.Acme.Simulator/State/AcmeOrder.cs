namespace Stockbridge.Connectors.Acme.Simulator.State;

/// <summary>An order as the channel holds it.</summary>
public sealed class AcmeOrder
{
    /// <summary>Acme's id for it.</summary>
    public required string Id { get; init; }
    /// <summary>Its code (e.g. A1001).</summary>
    public required string Code { get; init; }
    /// <summary>The shopper's email.</summary>
    public required string Email { get; init; }
    /// <summary>When it was placed.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Its lines.</summary>
    public required IReadOnlyList<AcmeOrderLine> Lines { get; init; }
    /// <summary>Shipping charged ex tax.</summary>
    public decimal Shipping { get; init; }
    /// <summary>Notes written on it (the hub writes the ERP's order number here).</summary>
    public List<string> Notes { get; } = [];
}
