using System.Net.Http.Headers;
using System.Text;
using Stockbridge.Connectors.Parcelninja.Simulator.Hosting;

namespace Stockbridge.Connectors.Parcelninja.Tests.Support;

/// <summary>A raw HTTP client for the simulated Store API (what a vendor's own client would send).</summary>
internal static class SimulatorHttp
{
    public static HttpClient Client(ParcelninjaRunningSimulator simulator, string? password = null)
    {
        var http = new HttpClient { BaseAddress = simulator.ApiUrl, Timeout = TimeSpan.FromSeconds(5) };
        var credentials = Encoding.UTF8.GetBytes(simulator.Options.Username + ":" + (password ?? simulator.Options.Password));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        return http;
    }
}
