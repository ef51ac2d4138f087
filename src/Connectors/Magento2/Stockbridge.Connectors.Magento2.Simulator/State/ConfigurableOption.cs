namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>One option of a configurable product: the attribute it varies on and the option values it offers.</summary>
public sealed class ConfigurableOption
{
    /// <summary>Its id.</summary>
    public required int Id { get; init; }
    /// <summary>The attribute's id (as a string, as Magento answers it).</summary>
    public required string AttributeId { get; init; }
    /// <summary>Its label.</summary>
    public string Label { get; set; } = "";
    /// <summary>Its position.</summary>
    public int Position { get; set; }
    /// <summary>The option value ids (<c>value_index</c>).</summary>
    public List<int> Values { get; } = [];
}
