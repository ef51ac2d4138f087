namespace Stockbridge.Connectors.Takealot.Simulator.State;

/// <summary>A webhook created in the Seller Portal: where it delivers, its secret, and its status.</summary>
public sealed class WebhookSubscription
{
    /// <summary>Its id.</summary>
    public required string Id { get; init; }
    /// <summary>The receiver.</summary>
    public required string Uri { get; init; }
    /// <summary>Active, Inactive or Disabled by Takealot.</summary>
    public string Status { get; set; } = "Active";
}
