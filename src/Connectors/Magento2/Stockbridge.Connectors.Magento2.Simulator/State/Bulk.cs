namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>An asynchronous bulk request: its uuid and operations.</summary>
public sealed class Bulk
{
    /// <summary>The bulk uuid.</summary>
    public required string Uuid { get; init; }
    /// <summary>What it does.</summary>
    public required string Description { get; init; }
    /// <summary>When it was scheduled.</summary>
    public required DateTimeOffset StartTime { get; init; }
    /// <summary>Its operations in request order.</summary>
    public required List<BulkOperation> Operations { get; init; }
}
