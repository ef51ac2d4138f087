using System.Globalization;
using System.Text;

namespace Stockbridge.Bench;

/// <summary>Collects results and renders the docs/benchmarks.md section.</summary>
internal sealed class BenchReport(string machine)
{
    private readonly List<BenchResult> results = [];

    public void Add(BenchResult result)
    {
        results.Add(result);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Name}: {result.Count} in {result.Elapsed.TotalSeconds:0.00} s = {result.PerSecond:0}/s {result.Detail}"));
    }

    public string ToMarkdown(int webhooks, int jobs, int concurrency)
    {
        var text = new StringBuilder();
        text.AppendLine("## Core: inbox ingest and job throughput (SQLite)").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}.").AppendLine();
        text.AppendLine("| Step | Items | Time | Rate | Notes |").AppendLine("|---|---|---|---|---|");
        foreach (var r in results)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Count:N0} | {r.Elapsed.TotalSeconds:0.00} s | **{r.PerSecond:N0}/s** | {r.Detail} |");
        text.AppendLine().AppendLine("Reproduce:").AppendLine().AppendLine("```bash");
        text.AppendLine("dotnet build -c Release bench/Stockbridge.Bench");
        text.AppendLine(CultureInfo.InvariantCulture, $"dotnet bench/Stockbridge.Bench/bin/Release/net10.0/Stockbridge.Bench.dll --webhooks {webhooks} --jobs {jobs} --concurrency {concurrency}");
        text.AppendLine("```");
        return text.ToString();
    }
}
