using System.Xml;
using System.Xml.Linq;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Syspro.Enet;

/// <summary>Reads e.net XML without trusting element case (SYSPRO lower-cases some replies) and without DTDs.</summary>
internal static class EnetXml
{
    /// <summary>Reader settings for anything e.net sends: no DTDs, no external resolution.</summary>
    public static XmlReaderSettings Safe { get; } = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static XElement Parse(string xml, string what)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Safe);
            return XDocument.Load(reader).Root ?? throw new XmlException("no root element");
        }
        catch (XmlException e)
        {
            throw new PermanentConnectorException($"SYSPRO e.net returned a {what} reply that is not XML: {e.Message}");
        }
    }

    public static XElement? Child(this XElement element, string name) =>
        element.Elements().FirstOrDefault(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<XElement> Children(this XElement element, string name) =>
        element.Elements().Where(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<XElement> DescendantsNamed(this XElement element, string name) =>
        element.Descendants().Where(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));

    public static string? Text(this XElement element, string name) => element.Child(name)?.Value.Trim();

    /// <summary>
    /// Every ErrorDescription in the reply (any element with one means the call failed), with the sibling ErrorNumber.
    /// </summary>
    public static IReadOnlyList<(string? Number, string Description)> Errors(XElement root) =>
        root.DescendantsAndSelf()
            .Where(e => e.Child("ErrorDescription") is { } d && d.Value.Trim().Length > 0)
            .Select(e => (e.Text("ErrorNumber"), e.Text("ErrorDescription")!))
            .ToList();
}
