using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap;

/// <summary>
/// How the simulated store answers the kit's injected server errors and throttling: as PHP's SoapServer does when Magento
/// fails, a SOAP fault (code 1, "Internal Error") with HTTP 500. Magento 1 has no rate limits of its own; a throttled call
/// gets HTTP 503 from the web server in front of it, with a Retry-After (an assumption, labelled in the docs).
/// </summary>
public static class MagentoFaultReplies
{
    /// <summary>The replies.</summary>
    public static FaultReplies Replies { get; } = new()
    {
        ServerErrorBody = FaultBody("1", "Internal Error. Please see log for details."),
        ServerErrorContentType = "text/xml; charset=utf-8",
        ThrottleStatus = 503,
        ThrottleHeaders = new Dictionary<string, string> { ["Retry-After"] = "1" },
        ThrottleBody = "<html><body><h1>503 Service Unavailable</h1></body></html>",
        ThrottleContentType = "text/html",
    };

    private static string FaultBody(string code, string message) => System.Text.Encoding.UTF8.GetString(SoapFaultWriter.Envelope(code, "", message));
}
