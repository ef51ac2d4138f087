using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Simulators.Hosting;

/// <summary>Writes a simulator's start-up banner: a title, then its lines as aligned <c>label : value</c> pairs.</summary>
public static class SimulatorBanner
{
    /// <summary>The banner's text lines (no trailing newline on each).</summary>
    public static IReadOnlyList<string> Format(string title, IReadOnlyList<SimulatorBannerLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var width = lines.Count == 0 ? 0 : lines.Max(l => l.Label.Length);
        return [title, .. lines.Select(l => $"  {l.Label.PadRight(width)} : {l.Value}")];
    }

    /// <summary>Writes the banner and, when given, a closing line such as "Press Ctrl+C to stop.".</summary>
    public static void Write(TextWriter output, string title, IReadOnlyList<SimulatorBannerLine> lines, string? footer = "Press Ctrl+C to stop.")
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var line in Format(title, lines)) output.WriteLine(line);
        if (footer is not null) output.WriteLine(footer);
    }
}
