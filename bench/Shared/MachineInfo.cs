using System.Runtime.InteropServices;

namespace Stockbridge.Bench.Shared;

/// <summary>The machine a run happened on: CPU count and model, memory, OS, runtime, load.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = Read("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = Read("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var os = Read("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? RuntimeInformation.OSDescription;
        return $"{Environment.ProcessorCount} vCPU ({cpu}), {memory} RAM, {os}, {RuntimeInformation.FrameworkDescription}";
    }

    /// <summary>The 1, 5 and 15 minute load averages.</summary>
    public static string Load() => string.Join(" / ", Read("/proc/loadavg").FirstOrDefault()?.Split(' ').Take(3) ?? []);

    private static string[] Read(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];
}
