using System.Collections.Concurrent;

namespace Stockbridge.Bench.Syspro;

/// <summary>Counts the e.net requests the connector sends, by path (Logon, Transaction/Post, Query/Query, ...).</summary>
internal sealed class CallCounter : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, int> _byPath = new(StringComparer.Ordinal);

    public CallCounter() : base(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { }

    public IReadOnlyDictionary<string, int> ByPath => _byPath;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var rest = path.IndexOf("/Rest/", StringComparison.Ordinal);
        var name = rest >= 0 ? path[(rest + 6)..] : $"{request.Method} {path}";
        _byPath.AddOrUpdate(name, 1, (_, n) => n + 1);
        return base.SendAsync(request, cancellationToken);
    }
}
