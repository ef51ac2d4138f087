using System.Globalization;
using System.Text;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Docs;

/// <summary>
/// Renders a connector's getting-started page from its manifest, in the shape every connector page follows:
/// prerequisites, what it does, one field table per entity, what it does not support. Docs never drift from code
/// because this is the only place the page comes from.
/// </summary>
public static class ConnectorPage
{
    /// <summary>The page as Markdown.</summary>
    public static string Render(ConnectorManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var page = new StringBuilder();
        WriteFrontMatter(page, manifest);
        page.AppendLine(manifest.Description.Trim()).AppendLine();
        WritePrerequisites(page, manifest);
        WriteFlows(page, manifest);
        foreach (var entity in new[] { "products", "customers", "orders" })
        {
            WriteEntity(page, manifest, entity);
        }
        WriteNotSupported(page, manifest);
        page.AppendLine("## Support");
        page.AppendLine("Run `stockbridge connectors docs " + manifest.Key + "` to print this page; it is generated from the connector's manifest.");
        page.AppendLine("Report problems in the project's issue tracker with the failed job's reason (`stockbridge jobs show <id>`).");
        return page.ToString();
    }

    private static void WriteFrontMatter(StringBuilder page, ConnectorManifest m)
    {
        page.AppendLine("---");
        page.AppendLine(Inv($"title: \"{m.DisplayName}\""));
        page.AppendLine(Inv($"seoTitle: \"{m.DisplayName} Getting Started\""));
        page.AppendLine(Inv($"source: \"{m.Key}\""));
        page.AppendLine(Inv($"kind: \"{KindText(m.Kind)}\""));
        page.AppendLine(Inv($"tags: [\"gettingstarted\", \"{m.Key}\"]"));
        page.AppendLine("---").AppendLine();
        page.AppendLine(Inv($"# {m.DisplayName}")).AppendLine();
    }

    private static void WritePrerequisites(StringBuilder page, ConnectorManifest m)
    {
        page.AppendLine("## Getting Started (Prerequisites)");
        page.AppendLine(Inv($"In order for Stockbridge to communicate with {m.DisplayName}, we require the following information:")).AppendLine();
        foreach (var s in m.Settings)
        {
            var flags = new List<string>();
            if (!s.Required) flags.Add("optional");
            if (s.IsSecret) flags.Add("secret: encrypted at rest, never shown or logged");
            if (s.Default is not null) flags.Add(Inv($"default `{s.Default}`"));
            if (s.Choices is { Count: > 0 }) flags.Add("one of " + string.Join(", ", s.Choices.Select(c => Inv($"`{c}`"))));
            var suffix = flags.Count > 0 ? Inv($" ({string.Join("; ", flags)})") : "";
            page.AppendLine(Inv($"- **{s.Label}** (`{s.Key}`){suffix}: {s.Help}"));
        }
        page.AppendLine();
        if (m.Prerequisites.Count > 0)
        {
            page.AppendLine("The below must be taken into consideration to ensure we can manage information on a continual basis:").AppendLine();
            foreach (var p in m.Prerequisites) page.AppendLine(Inv($"- {p}"));
            page.AppendLine();
        }
    }

    private static void WriteFlows(StringBuilder page, ConnectorManifest m)
    {
        page.AppendLine(Inv($"With these credentials, Stockbridge will be able to integrate with {m.DisplayName} and perform the following:")).AppendLine();
        var n = 1;
        foreach (var table in m.FieldTables)
        {
            page.AppendLine(Inv($"{n++}. [{Heading(m, table)}](#{Anchor(table)})"));
        }
        page.AppendLine();
    }

    private static void WriteEntity(StringBuilder page, ConnectorManifest m, string entity)
    {
        var tables = m.FieldTables.Where(t => string.Equals(t.Entity, entity, StringComparison.OrdinalIgnoreCase)).ToList();
        if (tables.Count == 0)
        {
            if (entity == "customers" && m.Kind.HasFlag(ConnectorKind.Source))
            {
                page.AppendLine(Inv($"## Syncing Customers"));
                page.AppendLine(Inv($"Stockbridge currently does not support the syncing of customers from {m.DisplayName}.")).AppendLine();
            }
            return;
        }
        foreach (var table in tables)
        {
            page.AppendLine(Inv($"## {Heading(m, table)} {{#{Anchor(table)}}}"));
            page.AppendLine(Inv($"By default, Stockbridge maps the following fields ({table.Direction}):")).AppendLine();
            var left = m.DisplayName;
            var w1 = Math.Max(left.Length, table.Rows.Max(r => r.External.Length));
            var w2 = Math.Max("Stockbridge".Length, table.Rows.Max(r => r.Stockbridge.Length));
            var w3 = Math.Max("Description".Length, table.Rows.Max(r => r.Description.Length));
            page.AppendLine("```");
            page.AppendLine(Row(left, "Stockbridge", "Description", w1, w2, w3));
            page.AppendLine(Inv($"| {new string('-', w1)} | {new string('-', w2)} | {new string('-', w3)} |"));
            foreach (var r in table.Rows) page.AppendLine(Row(r.External, r.Stockbridge, r.Description, w1, w2, w3));
            page.AppendLine("```");
            if (!string.IsNullOrWhiteSpace(table.Notes)) page.AppendLine().AppendLine(table.Notes.Trim());
            page.AppendLine();
        }
    }

    private static void WriteNotSupported(StringBuilder page, ConnectorManifest m)
    {
        if (m.NotSupported.Count == 0) return;
        page.AppendLine("## What is not supported");
        foreach (var line in m.NotSupported) page.AppendLine(Inv($"- {line}"));
        page.AppendLine();
    }

    private static string Heading(ConnectorManifest m, FieldTable t) => t.Entity.ToLowerInvariant() switch
    {
        "orders" when m.Kind.HasFlag(ConnectorKind.Source) => Inv($"Raising Orders into {m.DisplayName}"),
        "orders" => Inv($"Receiving Orders from {m.DisplayName}"),
        var e when m.Kind.HasFlag(ConnectorKind.Source) => Inv($"Syncing {Title(e)} to Stockbridge"),
        var e => Inv($"Syncing {Title(e)} to {m.DisplayName}"),
    };

    private static string Anchor(FieldTable t) => t.Entity.ToLowerInvariant() switch
    {
        "orders" => "orders",
        var e => "sync-" + e,
    };

    private static string Title(string entity) => char.ToUpperInvariant(entity[0]) + entity[1..];

    private static string KindText(ConnectorKind kind) =>
        string.Join(", ", Enum.GetValues<ConnectorKind>().Where(k => k != ConnectorKind.None && kind.HasFlag(k)).Select(k => k.ToString().ToLowerInvariant()));

    private static string Row(string a, string b, string c, int w1, int w2, int w3) =>
        Inv($"| {a.PadRight(w1)} | {b.PadRight(w2)} | {c.PadRight(w3)} |");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
