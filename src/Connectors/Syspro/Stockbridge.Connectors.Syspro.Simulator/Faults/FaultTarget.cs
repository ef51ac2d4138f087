using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Syspro.Simulator.Faults;

/// <summary>The names of the e.net calls a <see cref="FaultRule.Target"/> can pick (compared case-insensitively).</summary>
public static class FaultTarget
{
    /// <summary>Every call.</summary>
    public const string Any = FaultTargets.Any;
    /// <summary>Logon.</summary>
    public const string Logon = "Logon";
    /// <summary>Query/Query (INVQRY, ARSQRY, SORQRY).</summary>
    public const string Query = "Query";
    /// <summary>Transaction/Post with SORTOI; its CustomerPoNumbers are the keys of a <see cref="FaultRule.FirstAttemptPerKey"/> rule.</summary>
    public const string Sortoi = "Sortoi";
}
