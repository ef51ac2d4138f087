using System.Globalization;
using System.Text;

namespace Stockbridge.Bench.Catalogue;

/// <summary>The run as markdown: the results table, where each step's time went, and whether the goal held.</summary>
internal static class CatalogueReport
{
    /// <summary>The issue's goal: the catalogue push within 1.1× of the least time the plan's cost budget allows.</summary>
    public const double Goal = 1.1;

    public static string ToMarkdown(CatalogueOptions options, CatalogueResult result)
    {
        var md = new StringBuilder();
        Line(md, $"Run: {options.Variants:N0} variants (one per stock code), plan {result.Plan}, {options.Workers} job slots, " +
                 $"per-connection limit {(options.PerConnection is { } p ? p.ToString(Inv) : "the engine default")}; SYSPRO seeded in {result.SeedTime.TotalSeconds:N1} s.");
        Line(md, $"Machine: {result.Machine}; load average {result.LoadAtStart} at start, {result.Steps.LastOrDefault()?.LoadAtEnd ?? "n/a"} at the end.");
        Line(md, "");
        Line(md, "| Step | Wall time | Points charged (actual after refunds) | Minimum the budget allows | Wall ÷ minimum | THROTTLED answers | Admin API writes | Calls: productSet / inventorySetQuantities / location reads | What the hub did |");
        Line(md, "|---|---|---|---|---|---|---|---|---|");
        foreach (var s in result.Steps)
        {
            var ratio = s.WallOverMinimum is { } r ? $"**{r:0.00}**" : "n/a (fits in the bucket)";
            Line(md, $"| {s.Name} | {Seconds(s.Wall)} | {s.Points:N0} ({s.Calls.ActualPoints:N0}) | {Seconds(s.Minimum)} | {ratio} | {s.Calls.Throttled:N0} | {(s.Name.StartsWith("Unchanged", StringComparison.Ordinal) ? $"**{s.Writes:N0}**" : s.Writes.ToString("N0", Inv))} | " +
                     $"{s.Calls.ProductSets:N0} / {s.Calls.StockSets:N0} / {s.Calls.LocationReads:N0} | {s.Detail}{(s.Match is { } m ? $"; shop: {m}" : "")} |");
        }
        Line(md, "");
        Line(md, "Where the time went (from the hub's own job and attempt rows; busy = the attempts' summed time; at once = busy ÷ span):");
        Line(md, "");
        Line(md, "| Step | Process CPU (hub + both simulators) | Shopify calls: mean round trip | Job kind | Jobs | Attempts (rate-limited) | Mean attempt | Span | At once |");
        Line(md, "|---|---|---|---|---|---|---|---|---|");
        foreach (var s in result.Steps)
        {
            var first = true;
            var cpu = $"{s.Cpu.TotalSeconds:N0} s over {Seconds(s.UntilIdle)} = {s.CoresBusy:0.00} cores";
            var http = s.Calls.Calls > 0 ? $"{(s.Calls.Time / s.Calls.Calls).TotalMilliseconds:0.0} ms × {s.Calls.Calls:N0}" : "none";
            foreach (var k in s.Jobs)
            {
                Line(md, $"| {(first ? s.Name : "")} | {(first ? cpu : "")} | {(first ? http : "")} | `{k.Kind}` | {k.Jobs:N0} | {k.Attempts:N0} ({k.RateLimited:N0}) | " +
                         $"{k.MeanAttempt.TotalMilliseconds:0.0} ms | {Seconds(k.Span)} | {k.Concurrency:0.0} |");
                first = false;
            }
            if (first) Line(md, $"| {s.Name} | {cpu} | {http} | (no jobs) | | | | | |");
        }
        Line(md, "");
        var load = result.Steps.FirstOrDefault();
        if (load?.WallOverMinimum is { } loadRatio)
            Line(md, loadRatio <= Goal
                ? $"Goal (initial load within {Goal}× of the budget's minimum): **met**, {loadRatio:0.00}×."
                : $"Goal (initial load within {Goal}× of the budget's minimum): **not met**, {loadRatio:0.00}×.");
        if (load is { Calls.LocationPoints: > 0 } && result.Bucket is { } bucket)
        {
            var without = load.Calls.ActualPoints - load.Calls.LocationPoints;
            var floor = TimeSpan.FromSeconds(Math.Max(0, (without - bucket.Capacity) / bucket.RestoreRate));
            Line(md, $"Of the initial load's {load.Calls.ActualPoints:N0} points, {load.Calls.LocationPoints:N0} ({100.0 * load.Calls.LocationPoints / load.Calls.ActualPoints:0}%) " +
                     $"went on {load.Calls.LocationReads:N0} reads of the shop's default location. Without them the budget's minimum would be {Seconds(floor)}" +
                     (floor >= TimeSpan.FromSeconds(1) ? $", and the wall time {load.Wall / floor:0.00}× of it." : "."));
        }
        foreach (var problem in result.Problems) Line(md, $"- Problem: {problem}");
        return md.ToString();
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds >= 100 ? $"{t.TotalSeconds:N0} s" : $"{t.TotalSeconds:0.0} s";

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
}
