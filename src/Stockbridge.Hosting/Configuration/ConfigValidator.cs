using System.Globalization;
using System.Text.RegularExpressions;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Engine.HostAccess;
using Stockbridge.Storage.Connections;

namespace Stockbridge.Hosting.Configuration;

/// <summary>Checks a parsed config against the connectors' manifests and collects every problem.</summary>
internal sealed partial class ConfigValidator(
    string file, string baseDirectory, JsonLineIndex lines, IReadOnlyCollection<IConnectorFactory> connectors, Func<string, string?> environment)
{
    public List<ConfigError> Errors { get; } = [];

    private HostAccessPolicy _hostAccess = HostAccessPolicy.Closed;

    public IReadOnlyList<ConnectionRecord> Validate(HubConfig config)
    {
        if (config.Workers is < 1 or > 256) Add("$.workers", $"must be between 1 and 256, not {config.Workers}");
        if (!Uri.TryCreate(config.Listen, UriKind.Absolute, out var listen) || listen.Scheme is not ("http" or "https"))
            Add("$.listen", $"'{config.Listen}' is not an http(s) URL such as http://127.0.0.1:5080");
        if (string.IsNullOrWhiteSpace(config.Store)) Add("$.store", "is empty; give a SQLite file path or a PostgreSQL connection string");
        ValidateHosting(config.Hosting);

        var records = new List<ConnectionRecord>();
        var connectionIds = new HashSet<string>(StringComparer.Ordinal);
        var clientIds = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < config.Clients.Count; c++)
        {
            var client = config.Clients[c];
            var at = $"$.clients[{c}]";
            if (!IdPattern().IsMatch(client.Id)) Add(at + ".id", $"'{client.Id}' must be lowercase letters, digits and dashes");
            if (!clientIds.Add(client.Id)) Add(at + ".id", $"client '{client.Id}' is defined twice");
            for (var n = 0; n < client.Connections.Count; n++)
            {
                var connection = client.Connections[n];
                var cat = $"{at}.connections[{n}]";
                if (!IdPattern().IsMatch(connection.Id)) Add(cat + ".id", $"'{connection.Id}' must be lowercase letters, digits and dashes");
                if (!connectionIds.Add(connection.Id)) Add(cat + ".id", $"connection '{connection.Id}' is defined twice (ids are unique across clients)");
                var record = ValidateConnection(client.Id, connection, cat);
                if (record is not null) records.Add(record);
            }
        }
        return records;
    }

    private void ValidateHosting(HostingConfig hosting)
    {
        var before = Errors.Count;
        for (var i = 0; i < hosting.AllowedPrivateNetworks.Count; i++)
        {
            if (HostAccessPolicy.NetworkEntryProblem(hosting.AllowedPrivateNetworks[i]) is { } problem)
                Add($"$.hosting.allowed_private_networks[{i}]", $"'{hosting.AllowedPrivateNetworks[i]}' {problem}");
        }
        for (var i = 0; i < hosting.AllowedLocalPaths.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(hosting.AllowedLocalPaths[i])) Add($"$.hosting.allowed_local_paths[{i}]", "is empty; give a directory");
        }
        if (Errors.Count == before) _hostAccess = HostAccessPolicy.From(LoadedConfig.HostAccessFor(hosting, baseDirectory));
    }

    private ConnectionRecord? ValidateConnection(string clientId, ConnectionConfig connection, string at)
    {
        var factory = connectors.FirstOrDefault(f => f.Manifest.Key == connection.Connector);
        if (factory is null)
        {
            Add(at + ".connector", $"unknown connector '{connection.Connector}'; known: {string.Join(", ", connectors.Select(f => f.Manifest.Key).Order())}");
            return null;
        }
        var manifest = factory.Manifest;
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, raw) in connection.Settings)
        {
            var path = $"{at}.settings.{key}";
            var definition = manifest.FindSetting(key);
            if (definition is null)
            {
                Add(path, $"'{key}' is not a setting of {manifest.DisplayName}; its settings are: {string.Join(", ", manifest.Settings.Select(s => s.Key))}");
                continue;
            }
            var value = Resolve(raw, path);
            if (value is null) continue;
            var problem = Check(definition, value);
            if (problem is not null) Add(path, problem);
            (definition.IsSecret ? secrets : settings)[key] = value;
        }
        foreach (var missing in manifest.Settings.Where(s => s.Required && s.Default is null && !connection.Settings.ContainsKey(s.Key)))
            Add(at + ".settings", $"missing required setting '{missing.Key}' ({missing.Label}): {missing.Help}");
        foreach (var defaulted in manifest.Settings.Where(s => s.Default is not null && !settings.ContainsKey(s.Key)))
            settings[defaulted.Key] = defaulted.Default!;
        foreach (var (key, value) in settings)
        {
            if (HostSettings.Problem(_hostAccess, manifest.FindSetting(key)!, value, settings) is { } refused) Add($"{at}.settings.{key}", refused);
        }

        return new ConnectionRecord
        {
            ClientId = clientId,
            Id = connection.Id,
            ConnectorKey = manifest.Key,
            Name = connection.Name ?? connection.Id,
            Settings = settings,
            Secrets = secrets,
            Enabled = connection.Enabled,
            RulesJson = RulesText(connection, at),
        };
    }

    private string RulesText(ConnectionConfig connection, string at)
    {
        if (connection.Rules is not { } rules) return "{}";
        if (rules.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            Add(at + ".rules", $"must be an object, not {rules.ValueKind.ToString().ToLowerInvariant()}");
            return "{}";
        }
        return rules.GetRawText();
    }

    private string? Resolve(string raw, string path)
    {
        if (!raw.StartsWith("env:", StringComparison.Ordinal)) return raw;
        var name = raw[4..];
        var value = environment(name);
        if (value is null) Add(path, $"the environment variable '{name}' is not set");
        return value;
    }

    private static string? Check(SettingDefinition definition, string value) => definition.Type switch
    {
        SettingType.Url when !(Uri.TryCreate(value, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
            => $"'{value}' is not an absolute http(s) URL",
        SettingType.Integer when !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            => $"'{value}' is not a whole number",
        SettingType.Decimal when !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            => $"'{value}' is not a number",
        SettingType.Boolean when value is not ("true" or "false")
            => $"'{value}' must be true or false",
        SettingType.Choice when definition.Choices is { } choices && !choices.Contains(value)
            => $"'{value}' must be one of: {string.Join(", ", choices)}",
        _ when definition.Required && string.IsNullOrWhiteSpace(value) => "is empty",
        _ => null,
    };

    private void Add(string path, string message) => Errors.Add(new ConfigError(file, lines.LineOf(path), path, message));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
