namespace Stockbridge.Connectors.Manifest;

/// <summary>
/// Marks a property of a connector's options class as bound to the manifest setting <see cref="Key"/> by
/// <see cref="ConnectorSettingsBinder"/>.
/// </summary>
/// <param name="key">The setting's key in the connector's manifest (snake_case).</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class SettingAttribute(string key) : Attribute
{
    /// <summary>The setting's key in the connector's manifest.</summary>
    public string Key { get; } = key;
}
