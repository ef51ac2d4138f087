namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Connections_SaveWithRules_RoundTripsTheRulesJson()
    {
        const string rules = """{"price_tier":"A","qty_buffer":2}""";
        var connection = (await Store.Connections.GetAsync(Acme, AcmeShop, Ct)).ShouldNotBeNull();
        connection.RulesJson.ShouldBe("{}");

        await Store.Connections.SaveAsync(connection with { RulesJson = rules }, Ct);

        (await Store.Connections.GetAsync(Acme, AcmeShop, Ct)).ShouldNotBeNull().RulesJson.ShouldBe(rules);
        (await Store.Connections.ListAsync(Acme, Ct)).Single(c => c.Id == AcmeShop).RulesJson.ShouldBe(rules);
    }
}
