using Microsoft.Extensions.Time.Testing;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento2.Simulator.Hosting;
using Stockbridge.Connectors.Magento2.Tests.Support;

namespace Stockbridge.Connectors.Magento2.Tests.Connector;

/// <summary>An admin token lives 4 hours: when Magento answers 401 the connector fetches a new one once and sends the call again.</summary>
public sealed class AdminTokenRenewalTests
{
    [Fact]
    public async Task An_expired_admin_token_is_renewed_once_and_the_call_resent()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        await using var store = await TestStore.StartAsync(new Magento2SimulatorOptions { Time = clock });
        var connector = store.Connect(store.AdminSettings(), clock);
        (await connector.PushProductsAsync([TestStore.Simple("AT-1-A", 100m)], TestContext.Current.CancellationToken)).ShouldAllBe(o => o.Succeeded);
        store.Simulator.Shop.AdminTokens.Issued.ShouldBe(1);

        clock.Advance(TimeSpan.FromHours(4) + TimeSpan.FromSeconds(1));
        var stock = await connector.PushStockAsync([new StockPush("AT-1-A", null, 42, null, null)], TestContext.Current.CancellationToken);

        stock.ShouldHaveSingleItem().Succeeded.ShouldBeTrue(stock[0].Error);
        store.Simulator.Shop.AdminTokens.Issued.ShouldBe(2);
        (await store.Simulator.ReadProductAsync("AT-1-A", TestContext.Current.CancellationToken))!.Quantity.ShouldBe(42m);
    }

    [Fact]
    public async Task A_token_refused_again_after_renewal_fails_permanently_with_magentos_message()
    {
        await using var store = await TestStore.StartAsync();
        var connector = store.Connect(store.AdminSettings());
        await connector.PushStockAsync([new StockPush("NOPE", null, 1, null, null)], TestContext.Current.CancellationToken);
        // Revoked on every call from now: the renewed token is refused too, and the connector does not loop.
        store.Simulator.Shop.Faults.Add(new Stockbridge.Simulators.Faults.FaultRule
        {
            Kind = Stockbridge.Simulators.Faults.FaultKind.ServerError, Target = "GET products", Status = 401,
            Body = "{\"message\":\"The consumer isn't authorized to access %resources.\",\"parameters\":{\"resources\":\"Magento_Catalog::products\"}}",
        });

        var refused = await Should.ThrowAsync<PermanentConnectorException>(() => connector.ReadSnapshotsAsync(["ANY"], TestContext.Current.CancellationToken));

        refused.Message.ShouldContain("401 The consumer isn't authorized to access Magento_Catalog::products.");
        store.Simulator.Shop.AdminTokens.Issued.ShouldBe(2);
    }

    [Fact]
    public async Task Connectors_of_one_connection_share_the_admin_token()
    {
        await using var store = await TestStore.StartAsync();
        var first = store.Connect(store.AdminSettings());
        (await first.PushProductsAsync([TestStore.Simple("SH-1", 10m)], TestContext.Current.CancellationToken)).ShouldAllBe(o => o.Succeeded);

        var second = store.Connect(store.AdminSettings());
        (await second.PushStockAsync([new StockPush("SH-1", null, 5, null, null)], TestContext.Current.CancellationToken)).ShouldAllBe(o => o.Succeeded);

        store.Simulator.Shop.AdminTokens.Issued.ShouldBe(1);
    }

    [Fact]
    public async Task With_two_factor_authentication_on_the_admin_token_is_refused_with_magentos_reason()
    {
        await using var store = await TestStore.StartAsync(new Magento2SimulatorOptions { Settings = new() { TwoFactor = true } });

        var result = await store.Connect(store.AdminSettings()).TestConnectionAsync(TestContext.Current.CancellationToken);

        result.Ok.ShouldBeFalse();
        result.Checks.ShouldHaveSingleItem().Detail.ShouldContain("401 Please use the 2fa provider-specific endpoints to obtain a token.");
    }

    [Fact]
    public async Task A_wrong_admin_password_is_a_readable_refusal_without_the_password()
    {
        await using var store = await TestStore.StartAsync();
        var settings = store.AdminSettings();
        settings["admin_password"] = "not-the-password-123";

        var result = await store.Connect(settings).TestConnectionAsync(TestContext.Current.CancellationToken);

        result.Ok.ShouldBeFalse();
        var detail = result.Checks.ShouldHaveSingleItem().Detail;
        detail.ShouldContain("401 The account sign-in was incorrect");
        detail.ShouldNotContain("not-the-password-123");
    }
}
