namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>Where and to whom an outbound goes, as created.</summary>
public sealed record DeliveryInfo
{
    /// <summary>The recipient's name.</summary>
    public string Customer { get; init; } = "";
    /// <summary>The recipient's email.</summary>
    public string Email { get; init; } = "";
    /// <summary>A 10-digit South African phone number.</summary>
    public string ContactNo { get; init; } = "";
    /// <summary>Street address.</summary>
    public string AddressLine1 { get; init; } = "";
    /// <summary>Second address line.</summary>
    public string AddressLine2 { get; init; } = "";
    /// <summary>Suburb.</summary>
    public string Suburb { get; init; } = "";
    /// <summary>Postal code (4 digits).</summary>
    public string PostalCode { get; init; } = "";
    /// <summary>Whether the recipient collects it from the warehouse.</summary>
    public bool ForCollection { get; init; }
    /// <summary>The delivery quote chosen (0: the default service).</summary>
    public int DeliveryQuoteId { get; init; }
}
