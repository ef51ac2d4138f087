using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stockbridge.Hosting.Configuration;
using Stockbridge.Hosting.Host;
using Stockbridge.Storage;
using Stockbridge.Storage.Security;
using Stockbridge.Web.Api.Tests.Support;
using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Hosting;

/// <summary>The hub exactly as <c>stockbridge run</c> builds it serves the API (with token auth) and the console (with sign-in).</summary>
public sealed class HubHostServesApiAndConsoleTests
{
    private static readonly OperatorKeys MasterKeys = new(OperatorKey.FromText(OperatorKey.Generate(), "a test key"));

    [Fact]
    public async Task HubHost_Built_ServesTheApiAndConsoleWithTheirSecurity()
    {
        var ct = TestContext.Current.CancellationToken;
        var directory = Directory.CreateTempSubdirectory("stockbridge-hubhost-").FullName;
        var config = new LoadedConfig(new HubConfig { Store = Path.Combine(directory, "hub.db"), Workers = 1, Clients = [new ClientConfig { Id = "acme" }] }, directory, []);
        await using var app = await HubHost.BuildAsync(new HubHostSettings
        {
            Config = config,
            Connectors = [new TestErpConnectorFactory(), new TestShopConnectorFactory()],
            ListenOverride = "http://127.0.0.1:0",
            MasterKeys = MasterKeys,
        }, ct);
        await app.StartAsync(ct);
        try
        {
            var seed = await SeedData.SeedAsync(app.Services.GetRequiredService<IStore>(), "acme", 2, ct);
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");
            using var anonymous = new HttpClient { BaseAddress = address };
            using var api = new HttpClient { BaseAddress = address };
            api.DefaultRequestHeaders.Authorization = new("Bearer", seed.ApiToken);

            (await anonymous.GetJsonAsync("/api/v1/connections")).Status.ShouldBe(HttpStatusCode.Unauthorized);
            (await api.GetJsonAsync("/api/v1/connections")).Body!.AsArray().Count.ShouldBe(2);
            (await anonymous.GetJsonAsync("/openapi/v1.json")).Status.ShouldBe(HttpStatusCode.OK);
            using var session = new ConsoleSession(address);
            using var refused = await session.PostAsync("/console/login", new() { ["email"] = seed.Admin, ["password"] = SeedData.Password });
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest); // no antiforgery token
            (await session.SignInAsync(seed.Admin, SeedData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await session.GetAsync($"/console/orders/{Uri.EscapeDataString(seed.OrderKey)}")).Html.ShouldContain(seed.SourceOrderCode);
        }
        finally
        {
            await app.StopAsync(ct);
        }
    }

    [Fact]
    public async Task HubHost_ConsoleDataProtection_UsesTheStoresKeyRing_SoARestartedHubReadsWhatTheFirstProtected()
    {
        var ct = TestContext.Current.CancellationToken;
        var directory = Directory.CreateTempSubdirectory("stockbridge-hubhost-keys-").FullName;
        var config = new LoadedConfig(new HubConfig { Store = Path.Combine(directory, "hub.db"), Workers = 1, Clients = [new ClientConfig { Id = "acme" }] }, directory, []);
        async Task<WebApplication> BuildAsync() => await HubHost.BuildAsync(new HubHostSettings
        {
            Config = config, Connectors = [new TestErpConnectorFactory(), new TestShopConnectorFactory()], ListenOverride = "http://127.0.0.1:0",
            MasterKeys = MasterKeys,
        }, ct);

        string cookie;
        await using (var first = await BuildAsync())
        {
            var repository = first.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository.ShouldBeOfType<KeyRing>();
            repository.Storage.Location.ShouldBe(Path.Combine(directory, "hub.db.keys"));
            cookie = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("console-cookie").Protect("signed in as admin");
        }
        await using var second = await BuildAsync();

        second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("console-cookie").Unprotect(cookie).ShouldBe("signed in as admin");
        var keyFiles = Directory.GetFiles(Path.Combine(directory, "hub.db.keys"), "key-*.xml");
        keyFiles.ShouldNotBeEmpty();
        keyFiles.ShouldAllBe(f => File.ReadAllText(f).Contains("encryptedSecret") && !File.ReadAllText(f).Contains("<masterKey"));
    }
}
