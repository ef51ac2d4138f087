namespace Stockbridge.Connectors.Magento2.Simulator.Wire;

/// <summary>One sort order: field and direction (ASC or DESC).</summary>
public sealed record SearchSort(string Field, string Direction);
