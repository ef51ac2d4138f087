using System.Globalization;
using System.Text;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Docs;

/// <summary>
/// Renders a connector's getting-started page from its manifest, in the shape merchants know from connector pages:
/// front matter, an introduction, prerequisites and what the connection does, one field table each for products,
/// customers and orders (or a line saying the entity is not carried), what is not supported, features, important
/// concepts and support. Docs never drift from code because this is the only place the page comes from.
/// </summary>
public static class ConnectorPage
{
    /// <summary>The entities every page has a section for, in page order.</summary>
    public static IReadOnlyList<string> Entities { get; } = ["products", "customers", "orders"];

    /// <summary>The page as Markdown.</summary>
    public static string Render(ConnectorManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var page = new StringBuilder();
        WriteFrontMatter(page, manifest);
        WriteIntroduction(page, manifest);
        WritePrerequisites(page, manifest);
        WriteFlows(page, manifest);
        foreach (var entity in Entities) WriteEntity(page, manifest, entity);
        WriteNotSupported(page, manifest);
        WriteFeatures(page, manifest);
        WriteConcepts(page);
        WriteSupport(page, manifest);
        return page.ToString();
    }

    private static void WriteFrontMatter(StringBuilder page, ConnectorManifest m)
    {
        page.AppendLine("---");
        page.AppendLine(Inv($"title: \"{m.DisplayName}\""));
        page.AppendLine(Inv($"seoTitle: \"{m.DisplayName} Getting Started\""));
        page.AppendLine(Inv($"seoDescription: \"{SeoDescription(m)}\""));
        page.AppendLine(Inv($"seoKeyword: [\"{m.DisplayName}\", \"Integrations\"]"));
        page.AppendLine("type: help");
        page.AppendLine(Inv($"source: \"{m.Key}\""));
        page.AppendLine(Inv($"kind: \"{KindText(m.Kind)}\""));
        page.AppendLine(Inv($"tags: [\"gettingstarted\", \"{m.Key}\"]"));
        page.AppendLine("---").AppendLine();
        page.AppendLine(Inv($"# {m.DisplayName}")).AppendLine();
    }

    private static string SeoDescription(ConnectorManifest m) =>
        m.Kind.HasFlag(ConnectorKind.Source)
            ? Inv($"Integrate {m.DisplayName} with your sales channels and fulfilment services through Stockbridge")
            : Inv($"Integrate {m.DisplayName} with your ERP or accounting system through Stockbridge");

    private static void WriteIntroduction(StringBuilder page, ConnectorManifest m)
    {
        page.AppendLine(m.Description.Trim()).AppendLine();
        page.AppendLine(Inv($"Below is all the documentation you need for your {m.DisplayName} integration, from start to finish.")).AppendLine();
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
        foreach (var entity in Entities.Where(e => TableFor(m, e) is not null))
        {
            page.AppendLine(Inv($"{n++}. [{Heading(m, entity)}](#{Anchor(m, entity)})"));
        }
        page.AppendLine();
    }

    private static void WriteEntity(StringBuilder page, ConnectorManifest m, string entity)
    {
        page.AppendLine(Inv($"## {Heading(m, entity)} {{#{Anchor(m, entity)}}}"));
        if (TableFor(m, entity) is not { Rows.Count: > 0 } table)
        {
            page.AppendLine(Inv($"Not carried: Stockbridge does not sync {entity} between {m.DisplayName} and Stockbridge.")).AppendLine();
            return;
        }
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

    private static void WriteNotSupported(StringBuilder page, ConnectorManifest m)
    {
        page.AppendLine("## What is not supported");
        if (m.NotSupported.Count == 0) page.AppendLine("The manifest lists no limits.");
        foreach (var line in m.NotSupported) page.AppendLine(Inv($"- {line}"));
        page.AppendLine();
    }

    private static void WriteFeatures(StringBuilder page, ConnectorManifest m)
    {
        page.AppendLine(Inv($"## Features specific to {m.DisplayName}"));
        var features = ConnectorFeatures.Of(m);
        if (features.Count == 0) page.AppendLine("The manifest declares no capabilities.");
        foreach (var line in features) page.AppendLine(Inv($"- {line}"));
        page.AppendLine();
    }

    private static void WriteConcepts(StringBuilder page)
    {
        page.AppendLine("## Important concepts");
        page.AppendLine("It is important to understand how Stockbridge reads data from your source, projects it for each sales channel "
            + "and raises orders, along with the terminology it uses: see [How it works](../architecture.md) and "
            + "[the sync pipeline](../sync-pipeline.md).").AppendLine();
    }

    private static void WriteSupport(StringBuilder page, ConnectorManifest m)
    {
        page.AppendLine("## Support");
        page.AppendLine("Run `stockbridge connectors docs " + m.Key + "` to print this page; it is generated from the connector's manifest.");
        page.AppendLine("Report problems in the project's issue tracker with the failed job's reason (`stockbridge jobs show <id>`).");
    }

    private static FieldTable? TableFor(ConnectorManifest m, string entity) =>
        m.FieldTables.FirstOrDefault(t => string.Equals(t.Entity, entity, StringComparison.OrdinalIgnoreCase));

    /// <summary>Orders by the connector's role; products and customers by the table's direction (by role when there is none).</summary>
    private static string Heading(ConnectorManifest m, string entity) => entity switch
    {
        "orders" when m.Kind.HasFlag(ConnectorKind.Source) => Inv($"Raising Orders into {m.DisplayName}"),
        "orders" when m.Kind.HasFlag(ConnectorKind.Channel) => Inv($"Receiving Orders from {m.DisplayName}"),
        "orders" => Inv($"Sending Orders to {m.DisplayName}"),
        _ when TableFor(m, entity) is { Direction: { Length: > 0 } direction } => Inv($"Syncing {Title(entity)} {direction.Trim()}"),
        _ when m.Kind.HasFlag(ConnectorKind.Source) => Inv($"Syncing {Title(entity)} to Stockbridge"),
        _ => Inv($"Syncing {Title(entity)} to {m.DisplayName}"),
    };

    private static string Anchor(ConnectorManifest m, string entity) => entity switch
    {
        "orders" when m.Kind.HasFlag(ConnectorKind.Source) => "raise-orders",
        "orders" when m.Kind.HasFlag(ConnectorKind.Channel) => "receive-orders",
        "orders" => "send-orders",
        _ => "sync-" + entity,
    };

    private static string Title(string entity) => char.ToUpperInvariant(entity[0]) + entity[1..];

    private static string KindText(ConnectorKind kind) =>
        string.Join(", ", Enum.GetValues<ConnectorKind>().Where(k => k != ConnectorKind.None && kind.HasFlag(k)).Select(k => k.ToString().ToLowerInvariant()));

    private static string Row(string a, string b, string c, int w1, int w2, int w3) =>
        Inv($"| {a.PadRight(w1)} | {b.PadRight(w2)} | {c.PadRight(w3)} |");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
