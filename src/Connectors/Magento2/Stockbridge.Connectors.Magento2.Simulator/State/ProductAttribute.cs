namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>A select attribute configurable products can vary on (size, color…), with its option values.</summary>
public sealed class ProductAttribute
{
    /// <summary>Its id.</summary>
    public required int Id { get; init; }
    /// <summary>Its code.</summary>
    public required string Code { get; init; }
    /// <summary>Its label.</summary>
    public required string Label { get; init; }
    /// <summary>Option values: id to label.</summary>
    public SortedDictionary<int, string> Options { get; } = [];
}
