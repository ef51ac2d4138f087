using Microsoft.AspNetCore.Http;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Wsi;

/// <summary>
/// Magento's "WS-I Compliance: Yes" (<c>api/config/compliance_wsi</c>): <c>api/v2_soap</c> itself then serves the WS-I
/// shapes and WSDL (<c>Mage_Api_V2_SoapController</c> picks the <c>soap_wsi</c> adapter). With the switch on, a call to the
/// v2 path is answered by the WS-I endpoint; its WSDL names the v2 address, as Magento's does.
/// </summary>
public sealed class WsiComplianceSwitch(RequestDelegate next, string v2Path, string wsiPath)
{
    /// <summary>The key under which the address a WSDL should name is kept for <see cref="WsiWsdlDocument"/>.</summary>
    public const string AddressPathKey = "magento1.wsi.address-path";

    /// <summary>Sends v2 calls to the WS-I endpoint.</summary>
    public Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.Path.Equals(v2Path, StringComparison.OrdinalIgnoreCase))
        {
            http.Items[AddressPathKey] = v2Path;
            http.Request.Path = wsiPath;
        }
        return next(http);
    }
}
