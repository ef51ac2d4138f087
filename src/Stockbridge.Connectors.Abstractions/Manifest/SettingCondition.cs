namespace Stockbridge.Connectors.Manifest;

/// <summary>A condition on another setting of the same connection: true when <see cref="Key"/> has <see cref="Value"/>.</summary>
/// <param name="Key">The other setting's key.</param>
/// <param name="Value">The value it must have (compared without case).</param>
public sealed record SettingCondition(string Key, string Value)
{
    /// <summary>Whether <paramref name="settings"/> (by key, defaults applied) meet the condition.</summary>
    public bool IsMetBy(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.TryGetValue(Key, out var value) && string.Equals(value?.Trim(), Value, StringComparison.OrdinalIgnoreCase);
    }
}
