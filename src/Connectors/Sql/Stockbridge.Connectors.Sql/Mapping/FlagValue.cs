namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>What an active/inactive column says about a row.</summary>
public enum FlagValue
{
    /// <summary>Active (true, 1, yes, Active).</summary>
    True,
    /// <summary>Inactive (false, 0, no, Delete).</summary>
    False,
    /// <summary>Never sent (Ignore).</summary>
    Ignore,
    /// <summary>A value the mapping does not know.</summary>
    Unknown,
}
