using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>
/// The e.net WCF service's BasicHttp (SOAP 1.1) binding at <c>POST /SYSPROWCFService</c>, for the calls whose documents
/// are too long for a REST URL: <c>TransactionPost(UserId, BusinessObject, XmlParameters, XmlIn)</c>, and
/// <c>GetVersion</c> for the connection test. Operation and part names, the <c>http://SYSPROWcfService</c> namespace, the
/// SOAPAction equal to the operation name and the result typed as a byte stream (base64 in the body) follow the
/// service's published WSDL; the endpoint's address on a site is a guess (see docs/connectors/syspro-simulator.md).
/// The result carries the same bytes the REST binding would send, ERROR: lines included. A malformed envelope or an
/// operation the simulator does not serve is a SOAP fault (HTTP 500), as WCF answers.
/// </summary>
internal static class SoapEndpoint
{
    public const string Path = "/SYSPROWCFService";
    private static readonly XNamespace Envelope = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Service = "http://SYSPROWcfService";

    public static async Task HandleAsync(HttpContext http, SessionRegistry sessions, FaultInjector faults, EnetQuirks quirks,
        CompanyDatabase company, TimeProvider time)
    {
        if (http.Request.ContentType?.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase) != true)
        {
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }
        XElement operation;
        try
        {
            var envelope = await XmlNames.LoadAsync(http.Request.Body, http.RequestAborted);
            operation = envelope.Root?.Element(Envelope + "Body")?.Elements().FirstOrDefault()
                ?? throw new XmlException("The message has no SOAP Body with an operation.");
        }
        catch (XmlException e)
        {
            await FaultAsync(http, "s:Client", $"The message is not a SOAP 1.1 envelope: {e.Message}");
            return;
        }
        var name = operation.Name.LocalName;
        var action = http.Request.Headers["SOAPAction"].ToString().Trim('"');
        if (!string.Equals(action, name, StringComparison.Ordinal) || operation.Name.Namespace != Service)
        {
            await FaultAsync(http, "s:Client", $"The SOAPAction '{action}' does not match the operation {operation.Name}.");
            return;
        }

        if (name is not ("TransactionPost" or "GetVersion"))
        {
            await FaultAsync(http, "s:Client", $"The simulator does not serve the operation '{name}' over SOAP.");
            return;
        }
        var reply = name == "GetVersion"
            ? EnetReply.TextBytes(LogonEndpoints.EnetVersion, quirks)
            : await PostEndpoint.PostAsync(http, new PostRequest(Part(operation, "UserId"), Part(operation, "BusinessObject"),
                Part(operation, "XmlParameters"), Part(operation, "XmlIn")), sessions, faults, quirks, company, time);
        if (reply is not null) await ResultAsync(http, name, reply);
    }

    private static string Part(XElement operation, string name) => operation.Element(Service + name)?.Value ?? "";

    private static async Task ResultAsync(HttpContext http, string operation, byte[] reply)
    {
        var body = new XElement(Service + operation + "Response", new XElement(Service + operation + "Result", Convert.ToBase64String(reply)));
        await WriteAsync(http, StatusCodes.Status200OK, body);
    }

    private static Task FaultAsync(HttpContext http, string code, string reason) => WriteAsync(http, StatusCodes.Status500InternalServerError,
        new XElement(Envelope + "Fault", new XElement("faultcode", code), new XElement("faultstring", reason)));

    private static async Task WriteAsync(HttpContext http, int status, XElement content)
    {
        var envelope = new XElement(Envelope + "Envelope", new XAttribute(XNamespace.Xmlns + "s", Envelope), new XElement(Envelope + "Body", content));
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/xml; charset=utf-8";
        http.Response.Headers.Server = "Microsoft-HTTPAPI/2.0";
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(envelope.ToString(SaveOptions.DisableFormatting)), http.RequestAborted);
    }
}
