using System.ServiceModel;
using System.ServiceModel.Channels;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap;

/// <summary>Writes a SOAP 1.1 fault envelope (built with WCF's message types, not by hand) as the HTTP answer, status 500 as SOAP 1.1 requires.</summary>
public static class SoapFaultWriter
{
    /// <summary>The SOAP 1.1 envelope namespace, whose <c>Client</c> and <c>Server</c> codes PHP's SoapServer uses for envelope errors.</summary>
    public const string Soap11Namespace = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>A fault message with a code in <paramref name="codeNamespace"/> (empty: Magento's bare numeric codes).</summary>
    public static Message Create(MessageVersion version, string code, string codeNamespace, string reason) =>
        Message.CreateMessage(version, null, new FaultBodyWriter(code, codeNamespace, reason, version.Envelope));

    /// <summary>A SOAP 1.1 fault envelope, UTF-8.</summary>
    public static byte[] Envelope(string code, string codeNamespace, string reason)
    {
        using var message = Create(MessageVersion.Soap11, code, codeNamespace, reason);
        using var buffer = new MemoryStream();
        using (var writer = XmlDictionaryWriter.CreateTextWriter(buffer, System.Text.Encoding.UTF8, ownsStream: false))
        {
            message.WriteMessage(writer);
        }
        return buffer.ToArray();
    }

    /// <summary>Writes a fault as the whole answer.</summary>
    public static async Task WriteAsync(HttpContext http, string code, string codeNamespace, string reason)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        http.Response.ContentType = "text/xml; charset=utf-8";
        await http.Response.Body.WriteAsync(Envelope(code, codeNamespace, reason), http.RequestAborted);
    }
}
