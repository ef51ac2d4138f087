using System.Text;
using Stockbridge.Storage.Records;

namespace Stockbridge.Web.Console.Html;

/// <summary>A record's links (where it lives in each connection) and its history across systems.</summary>
internal static class HistoryTable
{
    public static string Render(IReadOnlyList<RecordLink> links, IReadOnlyList<AuditEntry> history)
    {
        var html = new StringBuilder("<h2>In each system</h2><table class=\"links\"><tr><th>Connection</th><th>Id there</th><th>Pushed hash</th><th>Pushed at</th></tr>");
        foreach (var l in links)
            html.Append($"<tr><td><a href=\"/console/connections/{Html.Seg(l.ConnectionId)}\">{Html.E(l.ConnectionId)}</a></td><td>{Html.E(l.ExternalId)}</td><td><code>{Html.E(Short(l.PushedHash))}</code></td><td>{Html.Time(l.PushedAt)}</td></tr>");
        if (links.Count == 0) html.Append("<tr><td colspan=\"4\">Not linked to any connection yet.</td></tr>");
        html.Append("</table><h2>History</h2><table class=\"history\"><tr><th>When</th><th>What</th><th>Connection</th><th>Job</th><th>Detail</th><th>Hash</th></tr>");
        foreach (var a in history)
        {
            var job = a.JobId is { } id ? $"<a href=\"/console/jobs/{Html.E(id)}\">#{Html.E(id)}</a>" : "";
            html.Append($"<tr><td>{Html.Time(a.At)}</td><td>{Html.Badge(a.Action)}</td><td>{Html.E(a.ConnectionId)}</td><td>{job}</td><td>{Html.E(a.Detail)}</td><td><code>{Html.E(Short(a.Hash))}</code></td></tr>");
        }
        if (history.Count == 0) html.Append("<tr><td colspan=\"6\">No history yet.</td></tr>");
        return html.Append("</table>").ToString();
    }

    private static string? Short(string? hash) => hash is { Length: > 12 } ? hash[..12] : hash;
}
