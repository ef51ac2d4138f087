using System.Diagnostics;
using System.Net;

namespace Stockbridge.Bench.Catalogue;

/// <summary>The hub's outgoing handler on the Shopify connector's HttpClient: feeds <see cref="ShopifyCallMeter"/>.</summary>
internal sealed class ShopifyCallHandler(ShopifyCallMeter meter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var throttled = response.StatusCode == HttpStatusCode.TooManyRequests || body.Contains("\"THROTTLED\"", StringComparison.Ordinal);
        meter.Record(body, throttled, Stopwatch.GetTimestamp() - start);
        return response;
    }
}
