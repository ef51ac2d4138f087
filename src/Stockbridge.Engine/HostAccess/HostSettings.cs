using System.Net;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Engine.HostAccess;

/// <summary>
/// The settings of a connection that reach the hub's own machine or networks, checked against the operator's
/// <see cref="HostAccessPolicy"/>: when a connection is saved (config file, API, console) and again each time a
/// connector is made from it. A refused file reads the same whether it exists or not.
/// </summary>
public static class HostSettings
{
    /// <summary>Why <paramref name="setting"/>'s <paramref name="value"/> is refused (operator terms), or null.</summary>
    /// <param name="policy">The operator's allow-list.</param>
    /// <param name="setting">The setting.</param>
    /// <param name="value">Its value.</param>
    /// <param name="settings">All the connection's settings by key, defaults applied (a setting may be a path only for one provider).</param>
    public static string? Problem(HostAccessPolicy policy, SettingDefinition setting, string value, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(setting);
        if (setting.IsLocalPathIn(settings))
            return policy.TryResolveLocalFile(value, out _) ? null : LocalFileRefusal(setting, value);
        if (setting.Type == SettingType.Url && Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && policy.RefusalOf(uri.Host, address) is { } why)
            return $"{setting.Label} ('{setting.Key}') is refused: {why}.";
        return null;
    }

    /// <summary>
    /// The settings a connector is given: each local path replaced by its resolved real path (so the connector opens the
    /// file that was checked). A refused one is a permanent error naming the setting.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Resolve(HostAccessPolicy policy, ConnectorManifest manifest, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(settings);
        Dictionary<string, string>? resolved = null;
        foreach (var setting in manifest.Settings.Where(s => s.IsLocalPathIn(settings)))
        {
            var value = settings.GetValueOrDefault(setting.Key) ?? "";
            if (!policy.TryResolveLocalFile(value, out var real)) throw new PermanentConnectorException(LocalFileRefusal(setting, value));
            resolved ??= new Dictionary<string, string>(settings, StringComparer.Ordinal);
            resolved[setting.Key] = real;
        }
        return resolved ?? settings;
    }

    private static string LocalFileRefusal(SettingDefinition setting, string value) =>
        $"{setting.Label} ('{setting.Key}') names '{value}', which this hub does not offer: a local file must exist under a directory "
        + "the hub's operator allows (hosting.allowed_local_paths).";
}
