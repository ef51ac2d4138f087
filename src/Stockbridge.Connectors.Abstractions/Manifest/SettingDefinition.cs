namespace Stockbridge.Connectors.Manifest;

/// <summary>One setting a connection of this connector needs; drives the setup form and the prerequisites list.</summary>
/// <param name="Key">Stable key in config files and the store, snake_case (e.g. <c>enet_url</c>).</param>
/// <param name="Label">What a merchant calls it (e.g. "Public SYSPRO e.net Web Services URL").</param>
/// <param name="Type">How it is entered and validated; <see cref="SettingType.Secret"/> is encrypted and masked.</param>
/// <param name="Help">One or two sentences: where to find it, what it is for.</param>
/// <param name="Required">Whether a connection is invalid without it.</param>
/// <param name="Default">The value used when none is given.</param>
/// <param name="Choices">The allowed values of a <see cref="SettingType.Choice"/>.</param>
/// <param name="LocalPathWhen">
/// When the value names a file on the hub's own machine (always, with <see cref="SettingCondition"/> of null meaning
/// never): such a file is the operator's, so the hub accepts it only under a directory its configuration allows
/// (<c>hosting.allowed_local_paths</c>) and hands the connector the resolved full path.
/// </param>
public sealed record SettingDefinition(
    string Key,
    string Label,
    SettingType Type,
    string Help,
    bool Required = true,
    string? Default = null,
    IReadOnlyList<string>? Choices = null,
    SettingCondition? LocalPathWhen = null)
{
    /// <summary>Whether the value is a secret (encrypted at rest, never shown or logged).</summary>
    public bool IsSecret => Type == SettingType.Secret;

    /// <summary>Whether, with these <paramref name="settings"/>, this setting's value is a path on the hub's machine.</summary>
    public bool IsLocalPathIn(IReadOnlyDictionary<string, string> settings) => LocalPathWhen?.IsMetBy(settings) == true;
}
