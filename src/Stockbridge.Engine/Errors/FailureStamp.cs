using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Engine.Errors;

/// <summary>
/// A human-readable, bounded description of a failure (Wolverine-style stamp): exception type and message, the inner
/// causes, and where it was thrown. Values that look like credentials (<c>password=...</c>, <c>token: ...</c>) are masked.
/// </summary>
public static partial class FailureStamp
{
    /// <summary>The longest stamp kept.</summary>
    public const int MaxLength = 2000;

    /// <summary>The stamp of <paramref name="error"/>.</summary>
    public static string Of(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = new StringBuilder();
        text.Append(error.GetType().Name).Append(": ").Append(error.Message);
        if (error is PermanentConnectorException { Code: { } code }) text.Append(" [code ").Append(code).Append(']');
        if (error is TransientConnectorException { OutcomeUnknown: true }) text.Append(" [outcome unknown]");
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
            text.Append(" <- ").Append(inner.GetType().Name).Append(": ").Append(inner.Message);
        var origin = Origin(error);
        if (origin is not null) text.Append(" (at ").Append(origin).Append(')');
        return Truncate(Redact(text.ToString()));
    }

    /// <summary>
    /// A stamp as an outside caller may see it: the reason without where in the hub's code it was thrown (that stays in
    /// the stored job and attempt, for an operator). Null stays null.
    /// </summary>
    public static string? WithoutOrigin(string? stamp) => stamp is null ? null : OriginPattern().Replace(stamp, "");

    private static string? Origin(Exception error)
    {
        var method = new StackTrace(error, false).GetFrame(0)?.GetMethod();
        return method is null ? null : $"{method.DeclaringType?.FullName}.{method.Name}";
    }

    private static string Redact(string text) => SecretPattern().Replace(text, m => m.Groups["name"].Value + m.Groups["sep"].Value + "***");

    private static string Truncate(string text) => text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "…");

    // " (at Namespace.Type.Method)" at the end, or its start when the stamp was cut short inside it.
    [GeneratedRegex(@" \(at [^\s()]*(\)|…)$", RegexOptions.CultureInvariant)]
    private static partial Regex OriginPattern();

    [GeneratedRegex(@"(?<name>password|passwd|pwd|secret|token|api[_-]?key|access[_-]?token|authorization)(?<sep>\s*[=:]\s*)(?<value>[^\s;,&""']+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretPattern();
}
