using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.ISync.Tests.Support;

/// <summary>Raw calls to the simulator's assumed contract, as any client would make them.</summary>
public sealed class ISyncHttp(Uri baseUrl) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseUrl, "api/v1/") };

    /// <summary>POST login; the status and the answer.</summary>
    public Task<(int Status, JsonElement Body)> LoginAsync(string username, string password, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, "login", new JsonObject { ["Username"] = username, ["Password"] = password }, null, ct);

    /// <summary>A logged-in token.</summary>
    public async Task<string> TokenAsync(string username, string password, CancellationToken ct) =>
        (await LoginAsync(username, password, ct)).Body.GetProperty("Token").GetString()!;

    /// <summary>Any call; the status and the answer (JSON null for an empty body).</summary>
    public async Task<(int Status, JsonElement Body)> SendAsync(HttpMethod method, string path, JsonNode? body, string? token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await _http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return ((int)response.StatusCode, document.RootElement.Clone());
    }

    public void Dispose() => _http.Dispose();
}
