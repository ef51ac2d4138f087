namespace Stockbridge.Connectors.Takealot.Simulator.State;

/// <summary>A seller's offer on a catalogue product: whole-rand prices, leadtime stock per merchant warehouse, stock at Takealot's DCs.</summary>
public sealed class TakealotOffer
{
    /// <summary>Takealot's offer id.</summary>
    public required int OfferId { get; init; }
    /// <summary>The catalogue product it is an offer on.</summary>
    public required CatalogueProduct Product { get; init; }
    /// <summary>The seller's SKU (unique per seller, &lt; 256 characters).</summary>
    public required string Sku { get; set; }
    /// <summary>The selling price in whole rand, VAT included; 0 until set (an offer without a price is not buyable).</summary>
    public int SellingPrice { get; set; }
    /// <summary>The recommended retail price in whole rand; 0: none.</summary>
    public int Rrp { get; set; }
    /// <summary>Leadtime days; null: none (leadtime stock is then not sold).</summary>
    public int? LeadtimeDays { get; set; } = 5;
    /// <summary>Leadtime stock by merchant warehouse id.</summary>
    public SortedDictionary<int, int> LeadtimeStock { get; } = [];
    /// <summary>Stock at Takealot's DCs by DC warehouse id.</summary>
    public SortedDictionary<int, int> DcStock { get; } = [];
    /// <summary>The seller disabled it (status_action Disable).</summary>
    public bool DisabledBySeller { get; set; }
    /// <summary>Takealot disabled it: edits are refused.</summary>
    public bool DisabledByTakealot { get; set; }
    /// <summary>When it was created.</summary>
    public required DateTimeOffset DateCreated { get; init; }

    /// <summary>Leadtime stock over every merchant warehouse.</summary>
    public int LeadtimeTotal => LeadtimeStock.Values.Sum();

    /// <summary>
    /// Takealot's status: disabled by Takealot or by the seller, else Buyable when it has a price and stock (at a DC, or
    /// leadtime stock with leadtime days), else Not Buyable.
    /// </summary>
    public string Status => DisabledByTakealot ? "Disabled by Takealot"
        : DisabledBySeller ? "Disabled by Seller"
        : SellingPrice > 0 && (DcStock.Values.Sum() > 0 || (LeadtimeDays > 0 && LeadtimeTotal > 0)) ? "Buyable"
        : "Not Buyable";
}
