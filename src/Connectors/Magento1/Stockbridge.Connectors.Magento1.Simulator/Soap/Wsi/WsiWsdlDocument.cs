using System.Security;
using Microsoft.AspNetCore.Http;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Wsi;

/// <summary>
/// Serves the WS-I endpoint's WSDL (<c>GET /api/wsi_soap?wsdl=1</c>): OpenMage's own <c>wsi.xml</c> fragments for the
/// operations served (<c>magento-wsi.wsdl</c>, built by <c>generate-wsi.py</c>), with the port's address set to this
/// endpoint as Magento sets <c>{{var wsdl.url}}</c>. SoapCore's generated WSDL cannot say WS-I's wrapper element names.
/// </summary>
public sealed class WsiWsdlDocument(RequestDelegate next, string path)
{
    private const string ResourceName = "Magento1.Simulator.magento-wsi.wsdl";
    private static readonly Lazy<string> Template = new(Load);

    /// <summary>Answers a WSDL request on the WS-I path; passes everything else on.</summary>
    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!HttpMethods.IsGet(http.Request.Method) || !http.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase) || !http.Request.Query.ContainsKey("wsdl"))
        {
            await next(http);
            return;
        }
        var addressPath = http.Items.TryGetValue(WsiComplianceSwitch.AddressPathKey, out var switched) && switched is string v2 ? v2 : path;
        var address = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{addressPath}";
        http.Response.ContentType = "text/xml; charset=utf-8";
        await http.Response.WriteAsync(Template.Value.Replace("{{var wsdl.url}}", SecurityElement.Escape(address), StringComparison.Ordinal), http.RequestAborted);
    }

    private static string Load()
    {
        using var stream = typeof(WsiWsdlDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The simulator assembly lacks its WS-I WSDL ({ResourceName}).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
