namespace Stockbridge.Bench.Catalogue;

/// <summary>What a run measured, the machine it ran on, and what went wrong (empty when all held).</summary>
internal sealed class CatalogueResult
{
    public required string Machine { get; init; }
    public required string LoadAtStart { get; init; }
    public string Plan { get; set; } = "";
    public TimeSpan SeedTime { get; set; }
    /// <summary>The shop's cost bucket: capacity (points) and restore rate (points per second).</summary>
    public (double Capacity, double RestoreRate)? Bucket { get; set; }
    public List<StepResult> Steps { get; } = [];
    public List<string> Problems { get; } = [];
    public bool Ok => Problems.Count == 0 && Steps.Count == 3;
}
