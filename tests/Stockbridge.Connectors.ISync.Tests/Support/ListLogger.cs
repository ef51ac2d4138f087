using Microsoft.Extensions.Logging;

namespace Stockbridge.Connectors.ISync.Tests.Support;

/// <summary>A logger that keeps every message written to it, for tests that read what the connector reported.</summary>
public sealed class ListLogger : ILogger
{
    private readonly List<(LogLevel Level, string Message)> _entries = [];
    private readonly Lock _gate = new();

    /// <summary>Every entry so far.</summary>
    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get { lock (_gate) return [.. _entries]; }
    }

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lock (_gate) _entries.Add((logLevel, formatter(state, exception)));
    }
}
