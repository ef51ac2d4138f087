namespace Stockbridge.Connectors.WooCommerce.Simulator.Wire;

/// <summary>A request the store refuses with a WordPress error.</summary>
public sealed class WooRequestException(WooError error) : Exception(error.Message)
{
    /// <summary>The error to answer with.</summary>
    public WooError Error { get; } = error;
}
