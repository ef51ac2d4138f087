using System.Net;
using System.Text;

namespace Stockbridge.Connectors.ISync.Tests.Support;

/// <summary>
/// Passes calls through to the real simulator, except that the first PONumber look-up is answered "no orders", as it would be
/// when the order was posted by someone else between the look-up and the post (so the post meets DuplicatePONumber).
/// </summary>
public sealed class HideFirstLookupHandler() : DelegatingHandler(new HttpClientHandler())
{
    private int _hidden;

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.EndsWith("/orders", StringComparison.Ordinal)
            && request.RequestUri.Query.Contains("poNumber=", StringComparison.Ordinal) && Interlocked.Exchange(ref _hidden, 1) == 0)
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("{\"Orders\":[]}", Encoding.UTF8, "application/json"),
            });
        }
        return base.SendAsync(request, cancellationToken);
    }
}
