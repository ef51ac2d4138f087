using System.Xml;
using Microsoft.AspNetCore.Http;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap;

/// <summary>
/// Before a POST reaches the SOAP endpoints: a body over <see cref="MaxBytes"/>, one that is not XML, or XML that is not a
/// SOAP envelope with a Body gets a SOAP fault (<c>SOAP-ENV:Client</c>, as PHP's SoapServer answers "Bad Request"), never an
/// HTML error page. DTDs are refused (no entity expansion).
/// </summary>
public sealed class SoapEnvelopeGuard(RequestDelegate next)
{
    /// <summary>The largest request body taken (4 MiB).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>Checks the envelope, then passes the call on.</summary>
    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!HttpMethods.IsPost(http.Request.Method) || SoapOperation.Name(http) is null)
        {
            await next(http);
            return;
        }
        if (http.Request.ContentLength > MaxBytes)
        {
            await SoapFaultWriter.WriteAsync(http, "Client", SoapFaultWriter.Soap11Namespace, $"Request entity too large (over {MaxBytes} bytes).");
            return;
        }
        http.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBytes);
        var problem = await ProblemAsync(http.Request.Body, http.RequestAborted);
        http.Request.Body.Position = 0;
        if (problem is not null)
        {
            await SoapFaultWriter.WriteAsync(http, "Client", SoapFaultWriter.Soap11Namespace, problem);
            return;
        }
        // SoapCore answers a body it cannot deserialize with its fault and 400; PHP's SoapServer sends every fault with 500.
        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status400BadRequest && http.Response.ContentType?.Contains("xml", StringComparison.OrdinalIgnoreCase) == true)
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        await next(http);
    }

    // Null when the body is a SOAP envelope with a Body; else what is wrong, for the fault string.
    private static async Task<string?> ProblemAsync(Stream body, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { Async = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxBytes };
        try
        {
            using var reader = XmlReader.Create(body, settings);
            if (await reader.MoveToContentAsync().WaitAsync(cancellationToken) != XmlNodeType.Element) return "Bad Request: the body is not an XML document.";
            if (reader.LocalName != "Envelope") return $"Bad Request: the document is <{reader.LocalName}>, not a SOAP Envelope.";
            var hasBody = false;
            while (await reader.ReadAsync().WaitAsync(cancellationToken))
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.LocalName == "Body" && reader.NamespaceURI == reader.LookupNamespace(reader.Prefix)) hasBody = true;
            return hasBody ? null : "Bad Request: the SOAP Envelope has no Body.";
        }
        catch (XmlException e)
        {
            return "Bad Request: " + e.Message;
        }
        catch (BadHttpRequestException e)
        {
            return "Bad Request: " + e.Message;
        }
    }
}
