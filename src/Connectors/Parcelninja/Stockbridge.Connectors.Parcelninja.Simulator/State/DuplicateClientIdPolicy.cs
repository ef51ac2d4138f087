namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>What the warehouse does with a second outbound for a client order number it already holds (Parcelninja's own behaviour is unknown).</summary>
public enum DuplicateClientIdPolicy
{
    /// <summary>Creates another outbound (the harsh case: only the connector's look-up keeps an order to one outbound).</summary>
    Accept,
    /// <summary>Refuses it with 400 and an error message naming the order number.</summary>
    Reject,
}
