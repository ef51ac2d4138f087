using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Hashing;

namespace Stockbridge.Connectors.Compliance;

/// <summary>Compliance tests for a source (ERP) connector against its simulator.</summary>
/// <typeparam name="TFixture">Starts the simulator and builds contexts.</typeparam>
public abstract class SourceConnectorCompliance<TFixture>(TFixture fixture) : ConnectorCompliance<TFixture>(fixture)
    where TFixture : class, ISourceFixture
{
    [Fact]
    public async Task ReadProducts_yields_unique_valid_records_with_stable_hashes()
    {
        var source = Fixture.Connect<ISourceConnector>();
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var product in source.ReadProductsAsync(Timeout()))
        {
            Assert.False(string.IsNullOrWhiteSpace(product.SourceProductCode));
            Assert.False(string.IsNullOrWhiteSpace(product.Title));
            Assert.NotEmpty(product.Variants);
            Assert.All(product.Variants, v => Assert.False(string.IsNullOrWhiteSpace(v.Sku)));
            Assert.True(first.TryAdd(product.SourceProductCode, ContentHash.Of(product)), $"product {product.SourceProductCode} read twice");
        }
        Assert.NotEmpty(first);
        await foreach (var product in source.ReadProductsAsync(Timeout()))
        {
            Assert.Equal(first[product.SourceProductCode], ContentHash.Of(product));
        }
    }

    [Fact]
    public async Task ReadCustomers_yields_unique_codes()
    {
        var source = Fixture.Connect<ISourceConnector>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var customer in source.ReadCustomersAsync(Timeout()))
        {
            Assert.True(seen.Add(customer.SourceCustomerCode), $"customer {customer.SourceCustomerCode} read twice");
        }
    }

    [Fact]
    public async Task Incremental_read_after_a_change_yields_the_changed_product()
    {
        var source = Fixture.Connect<ISourceConnector>();
        if (source is not ISupportsIncrementalReads incremental) return; // capability is optional
        string? cursor = null;
        await foreach (var change in incremental.ReadChangedProductsAsync(null, Timeout())) cursor = change.Cursor;
        Assert.NotNull(cursor);

        var changedCode = await Fixture.ChangeOneProductAsync();

        var after = new List<string>();
        await foreach (var change in incremental.ReadChangedProductsAsync(cursor, Timeout())) after.Add(change.Record.SourceProductCode);
        Assert.Contains(changedCode, after);
    }

    [Fact]
    public async Task RaiseOrder_then_FindRaisedOrder_returns_the_same_order_number()
    {
        var source = Fixture.Connect<ISourceConnector>();
        if (source is not IOrderRaiser raiser) return; // capability is optional
        var code = FixtureExtensions.UniqueCode("CMP");
        Assert.Null(await raiser.FindRaisedOrderAsync(code, Timeout()));
        var raised = await raiser.RaiseOrderAsync(Fixture.SampleOrder(code), Timeout());
        Assert.False(string.IsNullOrWhiteSpace(raised.SourceOrderCode));
        var found = await raiser.FindRaisedOrderAsync(code, Timeout());
        Assert.NotNull(found);
        Assert.Equal(raised.SourceOrderCode, found.SourceOrderCode);
    }

    [Fact]
    public async Task RaiseOrder_with_unknown_sku_fails_permanently_with_a_reason()
    {
        var source = Fixture.Connect<ISourceConnector>();
        if (source is not IOrderRaiser raiser) return;
        var code = FixtureExtensions.UniqueCode("CMP");
        var error = await Assert.ThrowsAsync<PermanentConnectorException>(() => raiser.RaiseOrderAsync(Fixture.OrderWithUnknownSku(code), Timeout()));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Null(await raiser.FindRaisedOrderAsync(code, Timeout()));
    }
}
