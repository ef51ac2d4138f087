namespace Stockbridge.Mapping.Rules;

/// <summary>A connection's rules document is not valid; the message names the field (e.g. <c>$.qty_buffer</c>) and why.</summary>
public sealed class RulesException(string message, string? field = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The JSON path of the offending field, when known.</summary>
    public string? Field { get; } = field;
}
