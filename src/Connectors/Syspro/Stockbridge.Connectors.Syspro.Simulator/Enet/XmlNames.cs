using System.Xml;
using System.Xml.Linq;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>Case-insensitive XML reading (SYSPRO's element case is not stable) and safe parsing.</summary>
internal static class XmlNames
{
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static XElement Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Safe);
        return XDocument.Load(reader).Root ?? throw new XmlException("The document has no root element.");
    }

    /// <summary>Reads a whole document from a request body, asynchronously (Kestrel allows no synchronous reads).</summary>
    public static async Task<XDocument> LoadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(body, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, Async = true });
        return await XDocument.LoadAsync(reader, LoadOptions.None, cancellationToken);
    }

    public static XElement? Child(this XElement element, string name) =>
        element.Elements().FirstOrDefault(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<XElement> Children(this XElement element, string name) =>
        element.Elements().Where(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));

    public static string? Text(this XElement element, string name) => element.Child(name)?.Value.Trim();

    public static bool Is(this XElement element, string name) =>
        string.Equals(element.Name.LocalName, name, StringComparison.OrdinalIgnoreCase);
}
