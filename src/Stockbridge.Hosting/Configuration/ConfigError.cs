namespace Stockbridge.Hosting.Configuration;

/// <summary>One thing wrong with a config file: which file, where, and what.</summary>
/// <param name="File">The file's path.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Path">The JSON path of the field at fault (e.g. <c>$.clients[0].connections[1].connector</c>).</param>
/// <param name="Message">What is wrong and, where possible, what would be right.</param>
public sealed record ConfigError(string File, long? Line, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line is { } line ? $"{File}:{line}: {Path}: {Message}" : $"{File}: {Path}: {Message}";
}
