using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Stockbridge.Web.Api.Tests.Support;

/// <summary>Small helpers to read JSON answers.</summary>
public static class HttpJson
{
    public static async Task<(HttpStatusCode Status, JsonNode? Body, string Raw, string? ContentType)> SendJsonAsync(
        this HttpClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, raw.Length > 0 && raw.TrimStart().StartsWith('{') || raw.TrimStart().StartsWith('[') ? JsonNode.Parse(raw) : null, raw,
            response.Content.Headers.ContentType?.MediaType);
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body, string Raw, string? ContentType)> GetJsonAsync(this HttpClient client, string path) =>
        client.SendJsonAsync(HttpMethod.Get, path);
}
