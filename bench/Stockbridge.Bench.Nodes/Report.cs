using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Stockbridge.Bench.Nodes;

/// <summary>The results as the markdown section of docs/benchmarks.md.</summary>
internal static class Report
{
    public static string ToMarkdown(BenchOptions options, IReadOnlyList<BenchRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Machine()}.");
        text.AppendLine();
        text.AppendLine("| Store | Node processes | Jobs | Time | Rate | Attempts per job |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Store} | {row.Nodes} | {row.Jobs:N0} | {row.Elapsed.TotalSeconds:F2} s | **{row.Rate:N0}/s** | {row.AttemptsPerJob:F2} |");
        }
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Each node: the real hosted job engine, {options.Slots} slots, handler work {options.WorkMilliseconds} ms, no per-connection limit, 4 connections.");
        return text.ToString();
    }

    private static string Machine()
    {
        var cpu = Read("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var load = Read("/proc/loadavg").FirstOrDefault()?.Split(' ').Take(3) ?? [];
        return $"{Environment.ProcessorCount} vCPU ({cpu}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, " +
               $"load average {string.Join(" / ", load)} at the end";
    }

    private static string[] Read(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];
}
