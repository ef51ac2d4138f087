using System.Text;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;

namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator;

public sealed class DescriptorTests
{
    [Fact]
    public async Task Start_WithFlags_UsesThemInTheConnectionSettings()
    {
        await using var running = await new WooCommerceSimulatorDescriptor().StartAsync(new SimulatorStart
        {
            Arguments = ["--consumer-key", "ck_flag", "--consumer-secret", "cs_flag", "--webhook-secret", "wh_flag"],
        }, TestContext.Current.CancellationToken);

        var settings = running.ConnectionSettings;
        settings.Keys.Order(StringComparer.Ordinal).ShouldBe(["consumer_key", "consumer_secret", "store_url", "webhook_secret"]);
        settings["store_url"].ShouldBe(running.BaseUrl.ToString());
        settings["consumer_key"].ShouldBe("ck_flag");
        settings["consumer_secret"].ShouldBe("cs_flag");
        settings["webhook_secret"].ShouldBe("wh_flag");
        running.ShouldBeAssignableTo<IChannelSimulator>();
        running.Banner.Select(b => b.Value).ShouldContain("cs_flag");
    }

    [Fact]
    public async Task BadCredentialSettings_AreRefusedByTheStore()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store, basicAuth: false);
        var settings = store.ConnectionSettings.ToDictionary();
        foreach (var (key, value) in store.BadCredentialSettings) settings[key] = value;
        var reply = await api.SendAsync(HttpMethod.Get, "products", configure: r => r.Headers.Authorization =
            new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings["consumer_key"]}:{settings["consumer_secret"]}"))));
        reply.Status.ShouldBe(401);
    }
}
