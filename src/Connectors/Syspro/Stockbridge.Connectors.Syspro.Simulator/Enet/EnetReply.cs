using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>Writes replies as SYSPRO's HTTP.sys host does: application/octet-stream, Windows-1252 XML or plain text.</summary>
internal static class EnetReply
{
    public const string Version = "8.0.212";

    /// <summary>The root attributes SYSPRO puts on every business-object reply.</summary>
    public static XElement Root(string name, params object[] content) => new(name,
        new XAttribute("Language", "05"), new XAttribute("Language2", "EN"), new XAttribute("CssStyle", ""),
        new XAttribute("DecFormat", "1"), new XAttribute("DateFormat", "01"), new XAttribute("Role", "01"),
        new XAttribute("Version", Version), new XAttribute("OperatorPrimaryRole", "   "), content);

    public static XElement Error(string field, string? value, int number, string description) =>
        new(field, new XElement("Value", value ?? ""), new XElement("ErrorNumber", number), new XElement("ErrorDescription", description));

    public static async Task XmlAsync(HttpContext http, XElement root, EnetQuirks quirks)
    {
        if (quirks.LowerCaseElements)
        {
            foreach (var element in root.DescendantsAndSelf()) element.Name = element.Name.LocalName.ToLowerInvariant();
        }
        var encoding = Encoding.GetEncoding(1252);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = encoding, Indent = false }))
        {
            new XDocument(new XDeclaration("1.0", "Windows-1252", null), root).Save(writer);
        }
        if (quirks.JsonQuotedBody)
        {
            await TextAsync(http, encoding.GetString(buffer.ToArray()), quirks);
            return;
        }
        Headers(http);
        await http.Response.Body.WriteAsync(buffer.ToArray(), http.RequestAborted);
    }

    public static async Task TextAsync(HttpContext http, string text, EnetQuirks quirks)
    {
        Headers(http);
        var body = quirks.JsonQuotedBody ? JsonSerializer.Serialize(text) : text;
        await http.Response.Body.WriteAsync(Encoding.GetEncoding(1252).GetBytes(body), http.RequestAborted);
    }

    private static void Headers(HttpContext http)
    {
        http.Response.ContentType = "application/octet-stream";
        http.Response.Headers.Server = "Microsoft-HTTPAPI/2.0";
    }
}
