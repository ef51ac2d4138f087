using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Tests.Support;

namespace Stockbridge.Connectors.Syspro.Tests.Database;

public sealed class CustomerMappingTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>
{
    [Fact]
    public async Task ReadCustomers_OnHoldAccount_MapsPerSeedTable()
    {
        var customer = await FindAsync(fixture.Connect(), SeedCatalogue.OnHoldCustomer);

        customer.FirstName.ShouldBe("Held Account Traders");
        customer.LastName.ShouldBe("Held Account Traders");
        customer.Email.ShouldBe("accounts@held.example");
        customer.PriceTier.ShouldBe("B");
        customer.CreditLimit.ShouldBe(50000m);
        customer.OnHold.ShouldBeTrue();
        customer.SalesRep.ShouldBe("SP1");
        customer.Active.ShouldBeTrue(); // hard-coded true by default, as seed 000 says
    }

    [Fact]
    public async Task ReadCustomers_NotOnHoldRule_OnHoldAccountInactive()
    {
        var connector = fixture.Connect(new Dictionary<string, string> { ["customer_active_rule"] = "not_on_hold" });

        (await FindAsync(connector, SeedCatalogue.OnHoldCustomer)).Active.ShouldBeFalse();
        (await FindAsync(connector, SeedCatalogue.CashCustomer)).Active.ShouldBeTrue();
    }

    [Fact]
    public async Task ReadCustomers_AllAccounts_EachOnceByCode()
    {
        var codes = new List<string>();
        await foreach (var c in fixture.Connect().ReadCustomersAsync(TestContext.Current.CancellationToken)) codes.Add(c.SourceCustomerCode);

        codes.Count.ShouldBe(33);
        codes.ShouldBe(codes.Order(StringComparer.Ordinal).ToList());
    }

    private static async Task<Domain.Customers.Customer> FindAsync(SysproConnector connector, string code)
    {
        await foreach (var c in connector.ReadCustomersAsync(TestContext.Current.CancellationToken))
            if (c.SourceCustomerCode == code) return c;
        throw new InvalidOperationException($"{code} not read");
    }
}
