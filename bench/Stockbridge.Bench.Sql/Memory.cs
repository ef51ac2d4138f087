using System.Diagnostics;
using System.Globalization;

namespace Stockbridge.Bench.Sql;

/// <summary>This process's working set, current and peak (VmHWM on Linux).</summary>
public static class Memory
{
    /// <summary>The current working set in MB.</summary>
    public static double WorkingSetMb()
    {
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64 / 1048576.0;
    }

    /// <summary>The peak working set in MB.</summary>
    public static double PeakWorkingSetMb()
    {
        if (File.Exists("/proc/self/status"))
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / 1048576.0;
    }
}
