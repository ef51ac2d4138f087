using System.Reflection;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Manifest;

/// <summary>
/// Binds a connection's settings to a typed options class: each property marked <see cref="SettingAttribute"/> gets its
/// setting's value, parsed by the manifest's <see cref="SettingType"/>, with the manifest's default when none is given.
/// A missing required setting, a value that does not parse or a value outside a choice's choices is a
/// <see cref="PermanentConnectorException"/> naming the setting (never a secret's value); an options class that does not
/// fit its manifest (a key the manifest lacks, a property type the setting cannot become) is an
/// <see cref="InvalidOperationException"/>, a mistake in the connector's code.
/// </summary>
public static class ConnectorSettingsBinder
{
    /// <summary>The options bound from <paramref name="context"/>'s settings as <paramref name="manifest"/> declares them.</summary>
    public static TOptions Bind<TOptions>(ConnectionContext context, ConnectorManifest manifest) where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(context);
        return Bind<TOptions>(context.Settings, manifest);
    }

    /// <summary>The options bound from <paramref name="settings"/> (by manifest key) as <paramref name="manifest"/> declares them.</summary>
    public static TOptions Bind<TOptions>(IReadOnlyDictionary<string, string> settings, ConnectorManifest manifest) where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(manifest);
        // Activator rather than new(): options records may declare required members, which the binder sets itself.
        var options = (TOptions)(Activator.CreateInstance(typeof(TOptions), nonPublic: true)
            ?? throw new InvalidOperationException($"{typeof(TOptions).Name} could not be created."));
        foreach (var property in typeof(TOptions).GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (property.GetCustomAttribute<SettingAttribute>() is not { } setting) continue;
            var definition = manifest.FindSetting(setting.Key)
                ?? throw new InvalidOperationException(
                    $"{typeof(TOptions).Name}.{property.Name} is bound to setting '{setting.Key}', which the {manifest.Key} manifest does not declare.");
            if (property.SetMethod is null)
                throw new InvalidOperationException($"{typeof(TOptions).Name}.{property.Name} (setting '{setting.Key}') has no setter or init accessor.");
            var raw = settings.TryGetValue(definition.Key, out var given) && !string.IsNullOrWhiteSpace(given) ? given : definition.Default;
            if (raw is null)
            {
                if (definition.Required) throw new PermanentConnectorException($"The connection's setting '{definition.Key}' ({definition.Label}) is missing.");
                continue;
            }
            property.SetValue(options, SettingValueParser.Parse(definition, raw, property.PropertyType, $"{typeof(TOptions).Name}.{property.Name}"));
        }
        return options;
    }
}
