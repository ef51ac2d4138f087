namespace Stockbridge.Connectors.Acme.Simulator.State;

/// <summary>A product as Acme holds it (one per SKU).</summary>
public sealed class AcmeProduct
{
    /// <summary>Acme's id for it.</summary>
    public required string Id { get; init; }
    /// <summary>Its SKU (for an ERP: its stock code).</summary>
    public required string Sku { get; init; }
    /// <summary>The ERP's product code.</summary>
    public string Code { get; set; } = "";
    /// <summary>Its title.</summary>
    public string Title { get; set; } = "";
    /// <summary>Its price ex tax.</summary>
    public decimal Price { get; set; }
    /// <summary>The quantity available.</summary>
    public decimal Quantity { get; set; }
    /// <summary>Its status word (active, hidden, archived, deleted).</summary>
    public string Status { get; set; } = "active";
}
