using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stockbridge.Engine.Connectors;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Engine.HostAccess;

namespace Stockbridge.Engine.Tests.HostAccess;

/// <summary>
/// Server-side request forgery through a connection's URL setting: the HttpClient every connector gets refuses
/// loopback, link-local (cloud metadata), names that resolve to them, IPv4-mapped literals and redirects to them,
/// unless the operator allow-lists them.
/// </summary>
public sealed class OutboundGuardTests : IAsyncLifetime
{
    private WebApplication _allowed = null!;
    private WebApplication _forbidden = null!;
    private Uri _allowedUrl = null!;
    private Uri _forbiddenUrl = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // Two "simulators": one on 127.0.0.1 (the operator allows it), one on 127.0.0.2 (the operator does not).
        _forbidden = await StartAsync("127.0.0.2", app => app.MapGet("/", () => "forbidden reached"));
        _forbiddenUrl = AddressOf(_forbidden);
        _allowed = await StartAsync("127.0.0.1", app =>
        {
            app.MapGet("/", () => "allowed reached");
            app.MapGet("/redirect", () => Results.Redirect(_forbiddenUrl.ToString()));
        });
        _allowedUrl = AddressOf(_allowed);
    }

    public async ValueTask DisposeAsync()
    {
        await _allowed.DisposeAsync();
        await _forbidden.DisposeAsync();
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/")]
    [InlineData("http://localhost:{port}/")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/")]
    [InlineData("http://[::1]:{port}/")]
    [InlineData("http://0.0.0.0:{port}/")]
    public async Task LoopbackInAnySpelling_NotAllowListed_IsRefusedBeforeConnecting(string template)
    {
        using var http = ConnectorClient();

        var refused = await Should.ThrowAsync<HttpRequestException>(() => http.GetStringAsync(template.Replace("{port}", _allowedUrl.Port.ToString(), StringComparison.Ordinal), Ct));

        Refusal(refused).ShouldNotBeNull().Message.ShouldContain("hosting.allowed_private_networks");
    }

    [Fact]
    public async Task CloudMetadataEndpoint_IsRefused()
    {
        using var http = ConnectorClient();

        var refused = await Should.ThrowAsync<HttpRequestException>(() => http.GetStringAsync("http://169.254.169.254/latest/meta-data/", Ct));

        Refusal(refused).ShouldNotBeNull().Message.ShouldContain("link-local");
    }

    [Fact]
    public async Task RedirectFromAnAllowedSimulatorToAForbiddenAddress_IsRefused()
    {
        using var http = ConnectorClient("127.0.0.1");
        (await http.GetStringAsync(_allowedUrl, Ct)).ShouldBe("allowed reached");

        var refused = await Should.ThrowAsync<HttpRequestException>(() => http.GetStringAsync(new Uri(_allowedUrl, "redirect"), Ct));

        Refusal(refused).ShouldNotBeNull().Message.ShouldContain("127.0.0.2");
    }

    [Fact]
    public async Task OperatorAllowList_LetsExactlyWhatItNamesThrough()
    {
        using var byNetwork = ConnectorClient("127.0.0.0/8");
        (await byNetwork.GetStringAsync(_allowedUrl, Ct)).ShouldBe("allowed reached");
        (await byNetwork.GetStringAsync(new Uri(_allowedUrl, "redirect"), Ct)).ShouldBe("forbidden reached");
        (await byNetwork.GetStringAsync($"http://[::ffff:127.0.0.1]:{_allowedUrl.Port}/", Ct)).ShouldBe("allowed reached");

        using var byName = ConnectorClient("localhost");
        (await byName.GetStringAsync($"http://localhost:{_allowedUrl.Port}/", Ct)).ShouldBe("allowed reached");
        await Should.ThrowAsync<HttpRequestException>(() => byName.GetStringAsync(_allowedUrl, Ct));
    }

    [Theory]
    [InlineData("10.1.2.3", "a private address")]
    [InlineData("172.31.0.1", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("169.254.169.254", "a link-local address (cloud metadata lives here)")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fd00::1", "a unique-local address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("::ffff:10.0.0.1", "a private address")]
    [InlineData("::ffff:169.254.169.254", "a link-local address (cloud metadata lives here)")]
    [InlineData("64:ff9b::7f00:1", "a loopback address")]
    [InlineData("0.0.0.0", "an unspecified (this-host) address")]
    [InlineData("::", "an unspecified address")]
    public void NonPublicAddresses_AreNamed(string address, string kind) => NonPublicAddresses.KindOf(IPAddress.Parse(address)).ShouldBe(kind);

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]
    public void PublicAddresses_AreAllowed(string address) => HostAccessPolicy.Closed.RefusalOf("example.com", IPAddress.Parse(address)).ShouldBeNull();

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("not a network!")]
    [InlineData("http://10.0.0.0")]
    public void AllowListEntry_NotANetworkAddressOrName_IsRefused(string entry) => HostAccessPolicy.NetworkEntryProblem(entry).ShouldNotBeNull();

    /// <summary>The HttpClient a connector is given, from the engine's own registrations.</summary>
    private static HttpClient ConnectorClient(params string[] allowed)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddStockbridgeEngine();
        services.Configure<HostAccessOptions>(o =>
        {
            foreach (var entry in allowed) o.AllowedPrivateNetworks.Add(entry);
        });
        var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorRegistry.HttpClientName("any-connector"));
    }

    private static OutboundAddressRefusedException? Refusal(Exception error) => OutboundAddressRefusedException.FindIn(error);

    private static async Task<WebApplication> StartAsync(string address, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{address}:0");
        var app = builder.Build();
        map(app);
        await app.StartAsync(Ct);
        return app;
    }

    private static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");
}
