using System.Net;
using System.Text;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Syspro.Settings;

namespace Stockbridge.Connectors.Syspro.Enet;

/// <summary>
/// One e.net call, by either binding of SYSPRO's e.net service: REST (a GET with its parameters in the query string,
/// for logon, queries and short posts) or SOAP over BasicHttp (a POST with the parameters in the body, which takes a
/// SORTOI document of any length; see <see cref="EnetSoap"/>). Maps transport failures to the connector error kinds
/// the same way for both; a post that times out, drops or answers 5xx may have been committed, so it is marked
/// outcome-unknown. URLs and bodies carry passwords and documents, so they never appear in a message or a log.
/// </summary>
internal sealed class EnetClient(HttpClient http, SysproOptions options)
{
    /// <summary>A REST call; the reply text.</summary>
    public async Task<string> GetAsync(string path, IEnumerable<(string Name, string Value)> parameters, bool mayCommit, CancellationToken cancellationToken)
    {
        var query = string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        var url = new Uri(options.EnetUrl, path + "?" + query);
        return EnetBody.Decode(await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, url), path, mayCommit, cancellationToken));
    }

    /// <summary>A query business object (INVQRY, COMFND, …) over REST: its XmlOut, or an ERROR: line.</summary>
    public Task<string> QueryAsync(string userId, string businessObject, string xmlIn, CancellationToken cancellationToken) =>
        GetAsync("Query/Query", [("UserId", userId), ("BusinessObject", businessObject), ("XmlIn", xmlIn)], mayCommit: false, cancellationToken);

    /// <summary>
    /// Transaction/Post of a business object (SORTOI) by the connection's post transport: SOAP (the default; no length
    /// limit) or REST (the whole document in the URL, which the e.net host refuses beyond about 16 KB).
    /// </summary>
    public async Task<string> PostTransactionAsync(string userId, string businessObject, string xmlParameters, string xmlIn, CancellationToken cancellationToken)
    {
        if (options.PostTransport == EnetPostTransport.Rest)
        {
            return await GetAsync("Transaction/Post",
                [("UserId", userId), ("BusinessObject", businessObject), ("XmlParameters", xmlParameters), ("XmlIn", xmlIn)], mayCommit: true, cancellationToken);
        }
        return await SoapAsync("TransactionPost",
            [("UserId", userId), ("BusinessObject", businessObject), ("XmlParameters", xmlParameters), ("XmlIn", xmlIn)], mayCommit: true, cancellationToken);
    }

    /// <summary>A SOAP (BasicHttp) call to the e.net WCF service; the reply text its result stream carries.</summary>
    public async Task<string> SoapAsync(string operation, IReadOnlyList<(string Name, string Value)> parts, bool mayCommit, CancellationToken cancellationToken)
    {
        var envelope = EnetSoap.Envelope(operation, parts);
        var body = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, options.EnetSoapUrl) { Content = new StringContent(envelope, Encoding.UTF8, "text/xml") };
            request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{operation}\"");
            return request;
        }, $"SOAP {operation}", mayCommit, cancellationToken);
        return EnetBody.Decode(EnetSoap.Result(body, operation, mayCommit));
    }

    private async Task<byte[]> SendAsync(Func<HttpRequestMessage> build, string what, bool mayCommit, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.EnetTimeout);
        try
        {
            using var request = build();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                throw new RateLimitedException($"SYSPRO e.net {what} answered 429.", response.Headers.RetryAfter?.Delta);
            if (status >= 500)
                throw new TransientConnectorException($"SYSPRO e.net {what} answered {status}.", outcomeUnknown: mayCommit);
            if (response.StatusCode == HttpStatusCode.RequestUriTooLong)
                throw new PermanentConnectorException($"SYSPRO e.net {what}: the request is too long for the e.net host's URL limit (414); use the SOAP post transport (enet_post_transport = soap).");
            if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
                throw new PermanentConnectorException($"SYSPRO e.net {what}: the e.net host refused the document as too large (413); raise the service's maxReceivedMessageSize.");
            if (status >= 400)
                throw new PermanentConnectorException($"SYSPRO e.net {what} answered {status} {response.ReasonPhrase}.");
            return await response.Content.ReadAsByteArrayAsync(timeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientConnectorException($"SYSPRO e.net {what} did not answer within {options.EnetTimeout.TotalSeconds:0}s.", e, outcomeUnknown: mayCommit);
        }
        catch (HttpRequestException e)
        {
            throw new TransientConnectorException($"SYSPRO e.net {what} failed: {e.HttpRequestError} ({e.InnerException?.Message ?? e.Message}).", e, outcomeUnknown: mayCommit);
        }
        catch (IOException e)
        {
            throw new TransientConnectorException($"SYSPRO e.net {what} connection failed: {e.Message}.", e, outcomeUnknown: mayCommit);
        }
    }
}
