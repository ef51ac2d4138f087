using System.Xml;
using System.Xml.Linq;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Syspro.Enet;

/// <summary>
/// SOAP 1.1 messages of the e.net WCF service (BasicHttp binding), as its published WSDL describes them: the operation
/// element (e.g. TransactionPost with UserId, BusinessObject, XmlParameters, XmlIn) in the <c>http://SYSPROWcfService</c>
/// namespace, SOAPAction = the operation name, and the reply's <c>{operation}Result</c> a byte stream (base64) holding
/// what the REST binding would answer.
/// </summary>
internal static class EnetSoap
{
    private static readonly XNamespace Envelope11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Service = "http://SYSPROWcfService";

    public static string Envelope(string operation, IEnumerable<(string Name, string Value)> parts) =>
        new XElement(Envelope11 + "Envelope", new XAttribute(XNamespace.Xmlns + "s", Envelope11),
            new XElement(Envelope11 + "Body",
                new XElement(Service + operation, parts.Select(p => new XElement(Service + p.Name, p.Value))))).ToString(SaveOptions.DisableFormatting);

    /// <summary>
    /// The result bytes of a reply. A reply that cannot be read after a call that may have committed leaves the outcome
    /// unknown (the caller looks the order up before any retry).
    /// </summary>
    public static byte[] Result(byte[] reply, string operation, bool mayCommit)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(reply), EnetXml.Safe);
            var result = XDocument.Load(reader).Root?.Element(Envelope11 + "Body")?.Element(Service + operation + "Response")?.Element(Service + operation + "Result")
                ?? throw new XmlException($"no {operation}Result in the SOAP body");
            return Convert.FromBase64String(result.Value);
        }
        catch (Exception e) when (e is XmlException or FormatException)
        {
            throw new TransientConnectorException($"SYSPRO e.net SOAP {operation} answered something that is not its result: {e.Message}", e, outcomeUnknown: mayCommit);
        }
    }
}
