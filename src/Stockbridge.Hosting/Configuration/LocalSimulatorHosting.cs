using System.Text.Json.Nodes;
using Stockbridge.Storage.Security;

namespace Stockbridge.Hosting.Configuration;

/// <summary>
/// The <c>hosting</c> section a config file needs when the outside systems are simulators on this machine (demo,
/// benchmarks, tests): loopback allowed, the simulators' database folders allowed, and a generated operator key kept
/// beside the config (0600). An operator's hub allows none of this unless its config says so.
/// </summary>
public static class LocalSimulatorHosting
{
    /// <summary>The operator key file written beside the config.</summary>
    public const string MasterKeyFileName = "master.key";

    /// <summary>The section; creates <see cref="MasterKeyFileName"/> in <paramref name="configDirectory"/> when missing.</summary>
    public static JsonObject Section(string configDirectory, params IEnumerable<string> localDirectories)
    {
        var keyFile = Path.Combine(configDirectory, MasterKeyFileName);
        if (!File.Exists(keyFile)) OperatorKeys.CreateKeyFile(keyFile);
        return new JsonObject
        {
            ["allowed_local_paths"] = new JsonArray([.. localDirectories.Select(d => (JsonNode?)JsonValue.Create(Path.GetFullPath(d)))]),
            ["allowed_private_networks"] = new JsonArray("127.0.0.1"),
            ["master_key_file"] = MasterKeyFileName,
        };
    }
}
