using System.Net;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Syspro.Settings;

namespace Stockbridge.Connectors.Syspro.Enet;

/// <summary>
/// One e.net REST call: a GET with its parameters in the query string. Maps transport failures to the connector error
/// kinds; a post that times out, drops or answers 5xx may have been committed, so it is marked outcome-unknown.
/// The URL carries passwords and documents, so it never appears in a message or a log.
/// </summary>
internal sealed class EnetClient(HttpClient http, SysproOptions options)
{
    public async Task<string> GetAsync(string path, IEnumerable<(string Name, string Value)> parameters, bool mayCommit, CancellationToken cancellationToken)
    {
        var query = string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        var url = new Uri(options.EnetUrl, path + "?" + query);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.EnetTimeout);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                throw new RateLimitedException($"SYSPRO e.net {path} answered 429.", response.Headers.RetryAfter?.Delta);
            if (status >= 500)
                throw new TransientConnectorException($"SYSPRO e.net {path} answered {status}.", outcomeUnknown: mayCommit);
            if (response.StatusCode == HttpStatusCode.RequestUriTooLong)
                throw new PermanentConnectorException($"SYSPRO e.net {path}: the request is too long for the e.net host (414); split the order.");
            if (status >= 400)
                throw new PermanentConnectorException($"SYSPRO e.net {path} answered {status} {response.ReasonPhrase}.");
            return EnetBody.Decode(await response.Content.ReadAsByteArrayAsync(timeout.Token));
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientConnectorException($"SYSPRO e.net {path} did not answer within {options.EnetTimeout.TotalSeconds:0}s.", e, outcomeUnknown: mayCommit);
        }
        catch (HttpRequestException e)
        {
            throw new TransientConnectorException($"SYSPRO e.net {path} failed: {e.HttpRequestError} ({e.InnerException?.Message ?? e.Message}).", e, outcomeUnknown: mayCommit);
        }
        catch (IOException e)
        {
            throw new TransientConnectorException($"SYSPRO e.net {path} connection failed: {e.Message}.", e, outcomeUnknown: mayCommit);
        }
    }
}
