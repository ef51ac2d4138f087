using System.Globalization;
using System.ServiceModel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento1.ServiceReference;

namespace Stockbridge.Connectors.Magento1.Soap;

/// <summary>
/// One connection's way into Magento's SOAP v2 API through the WCF client: logs in lazily (one API session per
/// connector), passes the session id as every call's first argument, logs in again and re-sends once on fault 5 "Session
/// expired", and turns what went wrong into the hub's errors: a Magento fault is permanent and says Magento's code and
/// message (faults 0 and 1, Magento failing, are transient); a transport failure or timeout is transient, with the outcome
/// unknown for writes.
/// </summary>
public sealed class MagentoSoapGateway : IAsyncDisposable
{
    private readonly Magento1Settings _settings;
    private readonly ChannelFactory<IMagentoSoapV2Client> _factory;
    private readonly IMagentoSoapV2Client _client;
    private readonly SemaphoreSlim _loginGate = new(1, 1);
    private string? _session;

    /// <summary>A gateway for the connection's store (nothing is sent until the first call).</summary>
    public MagentoSoapGateway(Magento1Settings settings, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _factory = new ChannelFactory<IMagentoSoapV2Client>(MagentoBinding.For(settings.SoapEndpoint, timeout), new EndpointAddress(settings.SoapEndpoint));
        _client = _factory.CreateChannel();
    }

    /// <summary>How many times the gateway has logged in (tests read the re-login path through it).</summary>
    public int Logins { get; private set; }

    /// <summary>Logs in now (a connection test); the session is kept for the calls that follow.</summary>
    public Task LoginAsync(CancellationToken cancellationToken) => SessionAsync(stale: null, cancellationToken);

    /// <summary>Calls <paramref name="operation"/> with the session id; on fault 5 logs in again and re-sends once.</summary>
    public async Task<T> CallAsync<T>(string operation, bool writes, Func<IMagentoSoapV2Client, string, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var session = await SessionAsync(stale: null, cancellationToken);
        try
        {
            return await SendAsync(operation, writes, () => call(_client, session), cancellationToken);
        }
        catch (MagentoSessionExpiredException)
        {
            session = await SessionAsync(stale: session, cancellationToken);
            return await SendAsync(operation, writes, () => call(_client, session), cancellationToken);
        }
    }

    /// <summary>Ends the session (best effort) and closes the client.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_session is { } session)
        {
            try { await _client.EndSessionAsync(session).WaitAsync(TimeSpan.FromSeconds(5)); }
            catch (Exception e) when (e is CommunicationException or TimeoutException) { /* the session expires on its own */ }
        }
        try { ((ICommunicationObject)_client).Close(); }
        catch (Exception e) when (e is CommunicationException or TimeoutException) { ((ICommunicationObject)_client).Abort(); }
        try { _factory.Close(); }
        catch (Exception e) when (e is CommunicationException or TimeoutException) { _factory.Abort(); }
        _loginGate.Dispose();
    }

    // The live session, logging in when there is none or when the one a call used (stale) was refused with fault 5.
    private async Task<string> SessionAsync(string? stale, CancellationToken cancellationToken)
    {
        await _loginGate.WaitAsync(cancellationToken);
        try
        {
            if (_session is { } live && live != stale) return live;
            _session = null;
            var session = await SendAsync("login", writes: false, () => _client.LoginAsync(_settings.ApiUser, _settings.ApiKey), cancellationToken);
            if (string.IsNullOrWhiteSpace(session)) throw new PermanentConnectorException("Magento login answered no session id.");
            Logins++;
            return _session = session;
        }
        finally
        {
            _loginGate.Release();
        }
    }

    private static async Task<T> SendAsync<T>(string operation, bool writes, Func<Task<T>> send, CancellationToken cancellationToken)
    {
        try
        {
            return await send().WaitAsync(cancellationToken);
        }
        catch (FaultException e)
        {
            throw MagentoFaults.From(operation, e, writes);
        }
        catch (ServerTooBusyException e)
        {
            throw new TransientConnectorException($"Magento {operation}: the store is too busy (503). {e.Message}", e, outcomeUnknown: false);
        }
        catch (EndpointNotFoundException e)
        {
            throw new TransientConnectorException($"Magento {operation}: the store did not answer. {e.Message}", e, outcomeUnknown: false);
        }
        catch (CommunicationException e)
        {
            throw new TransientConnectorException($"Magento {operation}: {e.Message}", e, outcomeUnknown: writes);
        }
        catch (TimeoutException e)
        {
            throw new TransientConnectorException(string.Create(CultureInfo.InvariantCulture, $"Magento {operation}: no answer in time. {e.Message}"), e, outcomeUnknown: writes);
        }
    }
}
