using System.Globalization;
using System.Reflection;

namespace Stockbridge.Storage.Relational.Migrations;

/// <summary>
/// A numbered SQL script embedded in an engine's assembly as <c>migrations/NNNN_name.sql</c> (both engines number theirs
/// alike). Only the version is recorded once applied.
/// </summary>
internal sealed record MigrationScript(int Version, string Name, string Sql)
{
    private const string Prefix = "migrations/";

    /// <summary>The scripts embedded in <paramref name="assembly"/>, in version order.</summary>
    public static IReadOnlyList<MigrationScript> LoadAll(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, name))
            .OrderBy(script => script.Version)
            .ToList();

    private static MigrationScript Load(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[Prefix.Length..^".sql".Length];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Migration resource {resourceName} is missing.");
        using var reader = new StreamReader(stream);
        return new MigrationScript(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}
