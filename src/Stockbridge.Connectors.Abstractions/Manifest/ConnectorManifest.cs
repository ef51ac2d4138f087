namespace Stockbridge.Connectors.Manifest;

/// <summary>
/// Everything the hub and its docs know about a connector without running it: the setup form,
/// the getting-started page and the console are all generated from this.
/// </summary>
public sealed record ConnectorManifest
{
    /// <summary>Stable key, lowercase (e.g. <c>syspro</c>, <c>shopify</c>).</summary>
    public required string Key { get; init; }
    /// <summary>Display name (e.g. "SYSPRO").</summary>
    public required string DisplayName { get; init; }
    /// <summary>The roles it plays.</summary>
    public required ConnectorKind Kind { get; init; }
    /// <summary>What it can carry.</summary>
    public required ConnectorCapabilities Capabilities { get; init; }
    /// <summary>A paragraph introducing the system to a merchant.</summary>
    public required string Description { get; init; }
    /// <summary>Settings and secrets, in form order.</summary>
    public required IReadOnlyList<SettingDefinition> Settings { get; init; }
    /// <summary>Conditions outside the settings (ports open, modules licensed, ...).</summary>
    public IReadOnlyList<string> Prerequisites { get; init; } = [];
    /// <summary>Default field tables.</summary>
    public IReadOnlyList<FieldTable> FieldTables { get; init; } = [];
    /// <summary>What it does not support, said plainly.</summary>
    public IReadOnlyList<string> NotSupported { get; init; } = [];

    /// <summary>The setting with this key, or null.</summary>
    public SettingDefinition? FindSetting(string key) =>
        Settings.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));
}
