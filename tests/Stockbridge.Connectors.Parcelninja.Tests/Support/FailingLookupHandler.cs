namespace Stockbridge.Connectors.Parcelninja.Tests.Support;

/// <summary>
/// A fault the simulator cannot sequence: once a create has been sent, the look-ups by client order number that follow
/// fail at the network (while <see cref="Armed"/>), as when the line drops right after an ambiguous create.
/// </summary>
internal sealed class FailingLookupHandler() : DelegatingHandler(new HttpClientHandler())
{
    private int _createsSeen;

    public bool Armed { get; set; } = true;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? "";
        if (request.Method == HttpMethod.Post && path.EndsWith("/outbounds/", StringComparison.Ordinal)) Interlocked.Increment(ref _createsSeen);
        else if (Armed && Volatile.Read(ref _createsSeen) > 0 && request.Method == HttpMethod.Get && path.EndsWith("/outbounds/0", StringComparison.Ordinal))
            throw new HttpRequestException("injected: the connection dropped");
        return base.SendAsync(request, cancellationToken);
    }
}
