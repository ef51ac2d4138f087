namespace Stockbridge.Connectors.WooCommerce.Simulator.State;

/// <summary>A webhook subscription.</summary>
public sealed class WooWebhook
{
    /// <summary>The id.</summary>
    public required int Id { get; init; }

    /// <summary>Its name.</summary>
    public string Name { get; set; } = "";

    /// <summary>active, paused or disabled.</summary>
    public string Status { get; set; } = "active";

    /// <summary>The topic, e.g. <c>order.created</c>.</summary>
    public required string Topic { get; init; }

    /// <summary>Where deliveries are sent.</summary>
    public required string DeliveryUrl { get; init; }

    /// <summary>The secret deliveries are signed with.</summary>
    public required string Secret { get; init; }

    /// <summary>When created (UTC).</summary>
    public DateTimeOffset DateCreated { get; init; }
}
