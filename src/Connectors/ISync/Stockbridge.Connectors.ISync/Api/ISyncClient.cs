using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.ISync.Settings;
using Stockbridge.Connectors.Wire;

namespace Stockbridge.Connectors.ISync.Api;

/// <summary>
/// Calls the assumed iSync API: logs in with the username and password for a session token, sends it as a bearer token,
/// logs in again before it expires and, once per call, when iSync answers 401 TokenExpired or InvalidToken (the session
/// ended mid-sync); errors through <see cref="ISyncErrorReader"/>. Answers larger than <see cref="MaxResponseBytes"/> are
/// refused. It never retries anything else on its own.
/// </summary>
public sealed class ISyncClient(ConnectionContext context, ISyncSettings settings)
{
    /// <summary>The largest answer read.</summary>
    public const int MaxResponseBytes = 16 * 1024 * 1024;

    /// <summary>How long before the stated expiry a token is renewed.</summary>
    public static readonly TimeSpan RenewMargin = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _loginGate = new(1, 1);
    private ISyncSession? _session;

    /// <summary>How many times this client logged in.</summary>
    public int Logins { get; private set; }

    /// <summary>Logs in now (a wrong login is a permanent error naming the user and iSync's code, never the password).</summary>
    public async Task<ISyncSession> LoginAsync(CancellationToken ct)
    {
        var body = new JsonObject { ["Username"] = settings.Username, ["Password"] = settings.Password };
        var answer = await SendOnceAsync(HttpMethod.Post, "login", body, token: null, allowNotFound: false, ct)
            ?? throw new TransientConnectorException("iSync answered the login with no body.");
        var token = answer.Str("Token");
        if (string.IsNullOrEmpty(token)) throw new PermanentConnectorException("iSync's login answer has no Token.");
        Logins++;
        // No stated lifetime: the token is used until iSync says it ended (401 TokenExpired), then renewed.
        var seconds = answer.Int("ExpiresIn");
        if (seconds is not > 0) return _session = new ISyncSession(token, DateTimeOffset.MaxValue);
        var lifetime = TimeSpan.FromSeconds(seconds.Value);
        var renewIn = lifetime > RenewMargin * 2 ? lifetime - RenewMargin : lifetime / 2;
        return _session = new ISyncSession(token, context.Time.GetUtcNow() + renewIn);
    }

    /// <summary>A GET; null for 404 when <paramref name="allowNotFound"/>.</summary>
    public Task<JsonElement?> GetAsync(string path, bool allowNotFound, CancellationToken ct) =>
        SendAsync(HttpMethod.Get, path, null, allowNotFound, ct);

    /// <summary>A call with the session's token, logging in first when there is no live session and once more when iSync says it ended.</summary>
    public async Task<JsonElement?> SendAsync(HttpMethod method, string path, JsonNode? body, bool allowNotFound, CancellationToken ct)
    {
        var session = await SessionAsync(null, ct);
        try
        {
            return await SendOnceAsync(method, path, body, session.Token, allowNotFound, ct);
        }
        catch (PermanentConnectorException e) when (e.Code is "TokenExpired" or "InvalidToken")
        {
            // A 401 is answered before iSync does anything, so the call is safe to send again with a new session.
            session = await SessionAsync(session, ct);
            try
            {
                return await SendOnceAsync(method, path, body, session.Token, allowNotFound, ct);
            }
            catch (PermanentConnectorException again) when (again.Code is "TokenExpired" or "InvalidToken")
            {
                throw new TransientConnectorException($"iSync ended a fresh session at once ({again.Message}); the call is tried again later.", again);
            }
        }
    }

    private async Task<ISyncSession> SessionAsync(ISyncSession? ended, CancellationToken ct)
    {
        await _loginGate.WaitAsync(ct);
        try
        {
            var current = _session;
            if (current is not null && current != ended && context.Time.GetUtcNow() < current.RenewAfter) return current;
            return await LoginAsync(ct);
        }
        finally
        {
            _loginGate.Release();
        }
    }

    private async Task<JsonElement?> SendOnceAsync(HttpMethod method, string path, JsonNode? body, string? token, bool allowNotFound, CancellationToken ct)
    {
        var isWrite = method != HttpMethod.Get && path != "login";
        var what = $"{method} {PathOnly(path)}";
        using var request = new HttpRequestMessage(method, new Uri(settings.ApiRoot, path));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        HttpResponseMessage response;
        try
        {
            response = await context.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException e)
        {
            throw new TransientConnectorException($"iSync could not be reached for {what}: {e.Message}", e, outcomeUnknown: isWrite);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new TransientConnectorException($"iSync did not answer {what} in time.", e, outcomeUnknown: isWrite);
        }
        using (response)
        {
            var text = await ReadLimitedAsync(response, what, isWrite, ct);
            if (allowNotFound && response.StatusCode == HttpStatusCode.NotFound) return null;
            if (!response.IsSuccessStatusCode)
                throw ISyncErrorReader.For(response.StatusCode, text, response.Headers.RetryAfter?.Delta, what, isWrite);
            if (text.Length == 0) return null;
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new TransientConnectorException($"iSync answered {what} with a body that is not JSON: {e.Message}", e, outcomeUnknown: isWrite);
            }
        }
    }

    private static async Task<string> ReadLimitedAsync(HttpResponseMessage response, string what, bool isWrite, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > MaxResponseBytes) throw TooLarge(what, isWrite);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxResponseBytes) throw TooLarge(what, isWrite);
                buffer.Write(chunk, 0, read);
            }
            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new TransientConnectorException($"iSync's answer to {what} was cut off: {e.Message}", e, outcomeUnknown: isWrite);
        }
    }

    private static TransientConnectorException TooLarge(string what, bool isWrite) =>
        new($"iSync's answer to {what} is larger than {MaxResponseBytes / (1024 * 1024)} MB.", outcomeUnknown: isWrite);

    private static string PathOnly(string path) => path.Split('?')[0];
}
