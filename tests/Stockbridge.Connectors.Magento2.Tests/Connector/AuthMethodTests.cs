using Stockbridge.Connectors.Magento2.Simulator.Hosting;
using Stockbridge.Connectors.Magento2.Tests.Support;

namespace Stockbridge.Connectors.Magento2.Tests.Connector;

/// <summary>An integration's access token alone as Bearer works only when the store allows it (off by default since 2.4.4).</summary>
public sealed class AuthMethodTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_bearer_integration_token_works_only_when_the_store_allows_standalone_bearer(bool allowed)
    {
        await using var store = await TestStore.StartAsync(new Magento2SimulatorOptions { Settings = new() { StandaloneBearer = allowed } });
        var connector = store.Connect(new Dictionary<string, string> { ["auth_method"] = "integration_bearer" });

        var result = await connector.TestConnectionAsync(TestContext.Current.CancellationToken);

        result.Ok.ShouldBe(allowed, string.Join("; ", result.Checks.Select(c => c.Detail)));
        if (!allowed) result.Checks.ShouldHaveSingleItem().Detail.ShouldContain("401 The consumer isn't authorized to access Magento_Backend::admin.");
    }

    [Fact]
    public async Task Missing_secrets_for_the_chosen_method_are_named_without_values()
    {
        await using var store = await TestStore.StartAsync();
        var connector = store.Connect(new Dictionary<string, string> { ["auth_method"] = "admin_token" });

        var result = await connector.TestConnectionAsync(TestContext.Current.CancellationToken);

        result.Ok.ShouldBeFalse();
        result.Checks.ShouldHaveSingleItem().Detail.ShouldContain("needs the setting(s) admin_username, admin_password, which are missing");
        await Should.ThrowAsync<Errors.PermanentConnectorException>(() => connector.PushStockAsync([new("X", null, 1, null, null)], TestContext.Current.CancellationToken));
    }
}
