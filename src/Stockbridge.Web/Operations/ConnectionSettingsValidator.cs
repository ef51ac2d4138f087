using System.Globalization;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Engine.HostAccess;
using Stockbridge.Storage.Connections;

namespace Stockbridge.Web.Operations;

/// <summary>
/// Checks submitted values against a connector's manifest: required ones present, types right, choices allowed, no
/// unknown keys. A blank secret keeps the existing connection's value, so secrets never need to be sent back to a form;
/// a setting not sent at all keeps the existing value (partial update). Settings that reach the hub's own files or
/// networks are checked against the operator's <see cref="HostAccessPolicy"/>.
/// </summary>
public static class ConnectionSettingsValidator
{
    /// <summary>Validates <paramref name="values"/> (by manifest key) for a new or existing connection.</summary>
    public static ConnectionValidation Validate(
        ConnectorManifest manifest, IReadOnlyDictionary<string, string?> values, ConnectionRecord? existing, HostAccessPolicy hostAccess)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(values);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in values.Keys.Where(k => manifest.FindSetting(k) is null))
            errors[key] = [$"'{key}' is not a setting of {manifest.DisplayName}."];

        foreach (var setting in manifest.Settings)
        {
            var value = values.TryGetValue(setting.Key, out var given)
                ? given?.Trim()
                : existing?.Settings.GetValueOrDefault(setting.Key) ?? existing?.Secrets.GetValueOrDefault(setting.Key);
            if (string.IsNullOrEmpty(value) && setting.IsSecret && existing?.Secrets.TryGetValue(setting.Key, out var kept) == true) value = kept;
            if (string.IsNullOrEmpty(value)) value = setting.Default;
            if (string.IsNullOrEmpty(value))
            {
                if (setting.Required) errors[setting.Key] = [$"{setting.Label} is required."];
                continue;
            }
            if (Problem(setting, value) is { } problem)
            {
                errors[setting.Key] = [problem];
                continue;
            }
            (setting.IsSecret ? secrets : settings)[setting.Key] = value;
        }
        foreach (var (key, value) in settings)
        {
            if (HostSettings.Problem(hostAccess, manifest.FindSetting(key)!, value, settings) is { } refused) errors[key] = [refused];
        }
        return new ConnectionValidation(settings, secrets, errors);
    }

    private static string? Problem(SettingDefinition setting, string value) => setting.Type switch
    {
        SettingType.Url when !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            => $"{setting.Label} must be an absolute http(s) URL.",
        SettingType.Integer when !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            => $"{setting.Label} must be a whole number.",
        SettingType.Decimal when !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            => $"{setting.Label} must be a number.",
        SettingType.Boolean when value is not ("true" or "false")
            => $"{setting.Label} must be true or false.",
        SettingType.Choice when setting.Choices is { } choices && !choices.Contains(value, StringComparer.Ordinal)
            => $"{setting.Label} must be one of: {string.Join(", ", choices)}.",
        _ => null,
    };
}
