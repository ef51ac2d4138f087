namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Connections_SaveThenGet_RoundTripsSettingsAndSecrets()
    {
        var connection = (await Store.Connections.GetAsync(Acme, AcmeShop, Ct)).ShouldNotBeNull();

        connection.ConnectorKey.ShouldBe("shopify");
        connection.Settings["shop_domain"].ShouldBe("acme-shopify.myshopify.com");
        connection.Secrets["access_token"].ShouldBe("s3cret");
        connection.Enabled.ShouldBeTrue();
        connection.ToString().ShouldNotContain("s3cret");
    }

    [Fact]
    public async Task Connections_SaveAgain_ReplacesSettingsAndSecrets()
    {
        await Store.Connections.SaveAsync(Connection(Acme, AcmeShop, secret: "rotated") with { Enabled = false }, Ct);

        var connection = (await Store.Connections.GetAsync(Acme, AcmeShop, Ct)).ShouldNotBeNull();

        connection.Secrets["access_token"].ShouldBe("rotated");
        connection.Enabled.ShouldBeFalse();
    }

    [Fact]
    public async Task Connections_SaveIdOwnedByAnotherClient_ThrowsAndLeavesItAlone()
    {
        await Should.ThrowAsync<InvalidOperationException>(() => Store.Connections.SaveAsync(Connection(Globex, AcmeShop, secret: "stolen"), Ct));

        var original = (await Store.Connections.FindForWebhookAsync(AcmeShop, Ct)).ShouldNotBeNull();
        original.ClientId.ShouldBe(Acme);
        original.Secrets["access_token"].ShouldBe("s3cret");
    }

    [Fact]
    public async Task Connections_FindForWebhook_FindsAnyClientsConnection()
    {
        (await Store.Connections.FindForWebhookAsync(GlobexShop, Ct)).ShouldNotBeNull().ClientId.ShouldBe(Globex);
        (await Store.Connections.FindForWebhookAsync("missing", Ct)).ShouldBeNull();
        (await Store.Connections.ListAsync(Acme, Ct)).Select(c => c.Id).ShouldBe([AcmeShop, AcmeErp]);
    }

    [Fact]
    public async Task Connections_SaveForUnknownClient_Throws()
    {
        await Should.ThrowAsync<InvalidOperationException>(() => Store.Connections.SaveAsync(Connection("nobody", "nobody-shop"), Ct));

        (await Store.Connections.FindForWebhookAsync("nobody-shop", Ct)).ShouldBeNull();
    }
}
