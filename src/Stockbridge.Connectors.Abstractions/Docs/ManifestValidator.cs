using System.Text.RegularExpressions;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Docs;

/// <summary>Checks that a manifest says everything its setup form and getting-started page need.</summary>
public static partial class ManifestValidator
{
    /// <summary>Every problem found, each naming the setting or table at fault; empty when the manifest is complete.</summary>
    public static IReadOnlyList<string> Problems(ConnectorManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var problems = new List<string>();
        if (!KeyPattern().IsMatch(manifest.Key)) problems.Add($"key '{manifest.Key}' must be lowercase letters, digits and dashes");
        if (string.IsNullOrWhiteSpace(manifest.DisplayName)) problems.Add("display name is empty");
        if (manifest.Kind == ConnectorKind.None) problems.Add("kind is None");
        if (string.IsNullOrWhiteSpace(manifest.Description)) problems.Add("description is empty");
        if (manifest.Settings.Count == 0) problems.Add("no settings: a connection needs at least its address or credentials");
        foreach (var duplicate in manifest.Settings.GroupBy(s => s.Key).Where(g => g.Count() > 1))
            problems.Add($"setting '{duplicate.Key}' is declared {duplicate.Count()} times");
        foreach (var s in manifest.Settings)
        {
            if (!SettingKeyPattern().IsMatch(s.Key)) problems.Add($"setting '{s.Key}': key must be snake_case");
            if (string.IsNullOrWhiteSpace(s.Label)) problems.Add($"setting '{s.Key}': label is empty");
            if (string.IsNullOrWhiteSpace(s.Help) || s.Help.Length < 15) problems.Add($"setting '{s.Key}': help text is missing or too short to help");
            if (s.Type == SettingType.Choice && (s.Choices is null || s.Choices.Count == 0)) problems.Add($"setting '{s.Key}': a choice without choices");
            if (s.Type == SettingType.Choice && s.Default is not null && s.Choices is not null && !s.Choices.Contains(s.Default))
                problems.Add($"setting '{s.Key}': default '{s.Default}' is not one of its choices");
            if (s.IsSecret && s.Default is not null) problems.Add($"setting '{s.Key}': a secret must not have a default");
            if (LooksSecret(s.Key) && !s.IsSecret) problems.Add($"setting '{s.Key}' looks like a credential but is not typed Secret");
        }
        if (manifest.FieldTables.Count == 0) problems.Add("no field tables: the page would not say what is mapped");
        foreach (var t in manifest.FieldTables.Where(t => t.Rows.Count == 0)) problems.Add($"field table '{t.Entity}' has no rows");
        foreach (var t in manifest.FieldTables.Where(t => !ConnectorPage.Entities.Contains(t.Entity)))
            problems.Add($"field table '{t.Entity}': the entity must be one of {string.Join(", ", ConnectorPage.Entities)} (lowercase)");
        foreach (var duplicate in manifest.FieldTables.GroupBy(t => t.Entity, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add($"field table '{duplicate.Key}' is declared {duplicate.Count()} times: the page has one table per entity");
        return problems;
    }

    private static bool LooksSecret(string key) =>
        key.Contains("password", StringComparison.Ordinal) || key.Contains("secret", StringComparison.Ordinal)
        || key.EndsWith("_token", StringComparison.Ordinal) || key.EndsWith("api_key", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SettingKeyPattern();
}
