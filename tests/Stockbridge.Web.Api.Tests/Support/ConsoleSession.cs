using System.Net;
using System.Text.RegularExpressions;

namespace Stockbridge.Web.Api.Tests.Support;

/// <summary>A browser-like HTTP session on the console: keeps cookies, does not follow redirects, posts forms with their antiforgery token.</summary>
public sealed partial class ConsoleSession : IDisposable
{
    private readonly HttpClient client;

    public ConsoleSession(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var token = await TokenOfAsync("/console/login");
        return await PostAsync("/console/login", new() { ["__af"] = token, ["email"] = email, ["password"] = password });
    }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public async Task<string> TokenOfAsync(string path)
    {
        var (_, html) = await GetAsync(path);
        var match = TokenPattern().Match(html);
        if (!match.Success) throw new InvalidOperationException($"No antiforgery field on {path}: {html}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> form) =>
        client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
