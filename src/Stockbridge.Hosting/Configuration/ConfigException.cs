namespace Stockbridge.Hosting.Configuration;

/// <summary>A config file that cannot be used; <see cref="Errors"/> lists every problem found.</summary>
public sealed class ConfigException(IReadOnlyList<ConfigError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
{
    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<ConfigError> Errors { get; } = errors;
}
