using Microsoft.AspNetCore.Http;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap;

/// <summary>Names a SOAP call for fault targeting: the operation its SOAPAction header names (its last segment), or <c>soap</c>.</summary>
public static class SoapOperation
{
    /// <summary>The operation name of a call to the API (null for the admin routes and anything else).</summary>
    public static string? Name(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return null;
        var action = http.Request.Headers["SOAPAction"].ToString().Trim('"');
        if (action.Length == 0 && http.Request.ContentType is { } type && type.Contains("action=", StringComparison.OrdinalIgnoreCase))
            action = type[(type.IndexOf("action=", StringComparison.OrdinalIgnoreCase) + 7)..].Trim('"', ';', ' ');
        var cut = action.LastIndexOfAny(['/', '#', ':']);
        var name = cut >= 0 ? action[(cut + 1)..] : action;
        return name.Length == 0 ? "soap" : name;
    }
}
