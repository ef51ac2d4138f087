using System.ServiceModel;
using System.ServiceModel.Channels;
using System.Xml;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap;

/// <summary>
/// A message body that is one SOAP fault, as PHP's SoapServer writes Magento's: SOAP 1.1 <c>faultcode</c> (Magento's bare
/// number, or <c>SOAP-ENV:Client</c>/<c>Server</c> when a namespace is given) and <c>faultstring</c>; SOAP 1.2
/// <c>Code/Value</c> and <c>Reason/Text</c>. (WCF's client library does not expose writing a <see cref="MessageFault"/>.)
/// </summary>
public sealed class FaultBodyWriter(string code, string codeNamespace, string reason, EnvelopeVersion version) : BodyWriter(isBuffered: true)
{
    /// <inheritdoc />
    protected override void OnWriteBodyContents(XmlDictionaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var soap11 = version == EnvelopeVersion.Soap11;
        var envelope = soap11 ? SoapFaultWriter.Soap11Namespace : "http://www.w3.org/2003/05/soap-envelope";
        var prefix = writer.LookupPrefix(envelope) ?? "s";
        writer.WriteStartElement(prefix, "Fault", envelope);
        if (soap11)
        {
            writer.WriteStartElement("faultcode", "");
            WriteCode(writer, prefix, envelope);
            writer.WriteEndElement();
            writer.WriteElementString("faultstring", "", reason);
        }
        else
        {
            writer.WriteStartElement(prefix, "Code", envelope);
            writer.WriteStartElement(prefix, "Value", envelope);
            WriteCode(writer, prefix, envelope);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement(prefix, "Reason", envelope);
            writer.WriteStartElement(prefix, "Text", envelope);
            writer.WriteAttributeString("xml", "lang", null, "en");
            writer.WriteString(reason);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    // A code in the envelope's namespace is written with its prefix (SOAP-ENV:Client); Magento's numbers bare, as PHP does.
    private void WriteCode(XmlDictionaryWriter writer, string prefix, string envelope) =>
        writer.WriteString(codeNamespace.Length == 0 ? code : codeNamespace == SoapFaultWriter.Soap11Namespace || codeNamespace == envelope ? prefix + ":" + code : code);
}
