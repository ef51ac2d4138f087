using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Stockbridge.Connectors;

namespace Stockbridge.Hosting.Configuration;

/// <summary>
/// Reads and checks a hub config file. Every problem is reported with the file, the line, the JSON path and what is
/// wrong; nothing is started or written until the whole file is valid.
/// </summary>
public sealed partial class ConfigLoader(IReadOnlyCollection<IConnectorFactory> connectors, Func<string, string?> environment)
{
    /// <summary>Config files larger than this are refused.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>Loads the file, or throws <see cref="ConfigException"/> listing every problem.</summary>
    public LoadedConfig Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw Single(path, null, "$", "the file does not exist");
        var info = new FileInfo(full);
        if (info.Length > MaxBytes) throw Single(path, null, "$", $"the file is {info.Length} bytes; the limit is {MaxBytes}");
        var bytes = File.ReadAllBytes(full);

        HubConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<HubConfig>(bytes, Options);
        }
        catch (JsonException e)
        {
            throw Single(path, e.LineNumber + 1, e.Path ?? "$", Explain(e));
        }
        if (config is null) throw Single(path, 1, "$", "the file holds null; expected an object with clients");

        var lines = new JsonLineIndex(bytes);
        var validator = new ConfigValidator(path, Path.GetDirectoryName(full)!, lines, connectors, environment);
        var connections = validator.Validate(config);
        if (validator.Errors.Count > 0) throw new ConfigException(validator.Errors);
        return new LoadedConfig(config, Path.GetDirectoryName(full)!, connections);
    }

    private static ConfigException Single(string file, long? line, string jsonPath, string message) =>
        new([new ConfigError(file, line, jsonPath, message)]);

    private static string Explain(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        var unknown = UnknownMember().Match(message);
        return unknown.Success ? $"unknown field '{unknown.Groups[1].Value}' (check its spelling; fields are snake_case)" : message;
    }

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownMember();
}
