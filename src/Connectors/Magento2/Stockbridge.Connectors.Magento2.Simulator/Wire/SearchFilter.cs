namespace Stockbridge.Connectors.Magento2.Simulator.Wire;

/// <summary>One filter of a filter group: field, value and condition type (eq by default).</summary>
public sealed record SearchFilter(string Field, string Value, string ConditionType);
