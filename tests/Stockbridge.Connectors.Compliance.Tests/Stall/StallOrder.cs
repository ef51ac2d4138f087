using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Compliance.Tests.Stall;

/// <summary>An order the stall took: its lines (price and discount per line, ex tax) and the ERP numbers written back.</summary>
public sealed record StallOrder(string Code, DateTimeOffset PlacedAt, IReadOnlyList<(ShopperLine Line, decimal Price, decimal Discount)> Lines)
{
    public List<string> ErpOrderNumbers { get; } = [];
}
