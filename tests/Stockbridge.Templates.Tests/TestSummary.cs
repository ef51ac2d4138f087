using System.Text.RegularExpressions;

namespace Stockbridge.Templates.Tests;

/// <summary>The closing counts Microsoft.Testing.Platform prints (<c>total: 9</c>, <c>failed: 0</c>, ...).</summary>
internal sealed partial record TestSummary(int Total, int Failed, int Succeeded, int Skipped)
{
    public static TestSummary Parse(string output) => new(Count(output, "total"), Count(output, "failed"), Count(output, "succeeded"), Count(output, "skipped"));

    private static int Count(string output, string name)
    {
        var match = CountLine().Matches(output).LastOrDefault(m => m.Groups[1].Value == name);
        return match is null ? throw new InvalidOperationException($"no '{name}:' line in the test output:\n{output}") : int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\s+(total|failed|succeeded|skipped):\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex CountLine();
}
