namespace Stockbridge.Connectors.Syspro.Simulator.Faults;

/// <summary>Which e.net calls a fault rule applies to.</summary>
public enum FaultTarget
{
    /// <summary>Every call.</summary>
    Any,
    /// <summary>Logon.</summary>
    Logon,
    /// <summary>Query/Query (INVQRY, ARSQRY, SORQRY).</summary>
    Query,
    /// <summary>Transaction/Post with SORTOI.</summary>
    Sortoi,
}
