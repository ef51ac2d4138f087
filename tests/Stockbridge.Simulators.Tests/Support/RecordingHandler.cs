using System.Collections.Concurrent;
using System.Net;

namespace Stockbridge.Simulators.Tests.Support;

/// <summary>A webhook receiver in memory: records every request and answers the given status.</summary>
public sealed class RecordingHandler(HttpStatusCode status) : HttpMessageHandler
{
    public ConcurrentQueue<(Dictionary<string, string> Headers, byte[] Body)> Received { get; } = new();

    public HttpStatusCode Status { get; set; } = status;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Received.Enqueue((headers, body));
        return new HttpResponseMessage(Status);
    }
}
