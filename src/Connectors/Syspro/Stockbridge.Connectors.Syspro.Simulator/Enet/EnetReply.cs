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

    public static Task XmlAsync(HttpContext http, XElement root, EnetQuirks quirks) => WriteAsync(http, XmlBytes(root, quirks));

    public static Task TextAsync(HttpContext http, string text, EnetQuirks quirks) => WriteAsync(http, TextBytes(text, quirks));

    /// <summary>An XML reply's bytes as SYSPRO sends them (Windows-1252, quirks applied); the SOAP binding wraps the same bytes.</summary>
    public static byte[] XmlBytes(XElement root, EnetQuirks quirks)
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
        return quirks.JsonQuotedBody ? TextBytes(encoding.GetString(buffer.ToArray()), quirks) : buffer.ToArray();
    }

    /// <summary>A plain-text reply's bytes (a session id, a version, an ERROR: line).</summary>
    public static byte[] TextBytes(string text, EnetQuirks quirks) =>
        Encoding.GetEncoding(1252).GetBytes(quirks.JsonQuotedBody ? JsonSerializer.Serialize(text) : text);

    /// <summary>Writes reply bytes as the REST binding does.</summary>
    public static async Task WriteAsync(HttpContext http, byte[] body)
    {
        http.Response.ContentType = "application/octet-stream";
        http.Response.Headers.Server = "Microsoft-HTTPAPI/2.0";
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
