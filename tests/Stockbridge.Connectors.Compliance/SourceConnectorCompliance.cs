using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Hashing;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Compliance;

/// <summary>
/// Compliance tests for a source (ERP) connector: each reads through the connector what an ERP user changed in the simulator,
/// or raises through the connector and reads the ERP's own orders back (<see cref="ISourceSimulator"/>).
/// </summary>
/// <typeparam name="TModule">The connector's module.</typeparam>
public abstract class SourceConnectorCompliance<TModule> : ConnectorCompliance<TModule>
    where TModule : ConnectorModule, new()
{
    [Fact]
    public async Task ReadProducts_yields_unique_valid_records_with_stable_hashes_and_the_seeded_sku()
    {
        var source = Require<ISourceConnector>(ComplianceCapabilities.SourceRole, ComplianceCapabilities.Products);
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        var skus = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var product in source.ReadProductsAsync(Timeout))
        {
            Assert.False(string.IsNullOrWhiteSpace(product.SourceProductCode));
            Assert.False(string.IsNullOrWhiteSpace(product.Title));
            Assert.NotEmpty(product.Variants);
            Assert.All(product.Variants, v => Assert.False(string.IsNullOrWhiteSpace(v.Sku)));
            Assert.True(first.TryAdd(product.SourceProductCode, ContentHash.Of(product)), $"product {product.SourceProductCode} read twice");
            skus.UnionWith(product.Variants.Select(v => v.Sku));
        }
        Assert.Contains(Probe<ISourceSimulator>().Samples.Sku, skus);
        await foreach (var product in source.ReadProductsAsync(Timeout))
            Assert.Equal(first[product.SourceProductCode], ContentHash.Of(product));
    }

    [Fact]
    public async Task ReadProducts_shows_stock_an_erp_user_set()
    {
        var source = Require<ISourceConnector>(ComplianceCapabilities.SourceRole, ComplianceCapabilities.Products);
        var erp = Probe<ISourceSimulator>();
        var sku = erp.Samples.Sku;

        await erp.SetStockAsync(sku, 50, Timeout);
        var before = await ReadQuantityAsync(source, sku);
        await erp.SetStockAsync(sku, 80, Timeout);
        var after = await ReadQuantityAsync(source, sku);

        // Compared as a difference: what the source subtracts from stock on hand (allocations, reservations) is its own business.
        Assert.Equal(30m, after - before);
    }

    [Fact]
    public async Task ReadCustomers_yields_unique_codes_and_the_seeded_customer()
    {
        var source = Require<ISourceConnector>(ComplianceCapabilities.SourceRole, ComplianceCapabilities.Customers);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var customer in source.ReadCustomersAsync(Timeout))
            Assert.True(seen.Add(customer.SourceCustomerCode), $"customer {customer.SourceCustomerCode} read twice");
        Assert.Contains(Probe<ISourceSimulator>().Samples.Customer, seen);
    }

    [Fact]
    public async Task Incremental_read_after_a_change_yields_the_changed_product()
    {
        var incremental = Require<ISupportsIncrementalReads>(ComplianceCapabilities.SourceRole, ComplianceCapabilities.IncrementalReads);
        string? cursor = null;
        await foreach (var change in incremental.ReadChangedProductsAsync(null, Timeout)) cursor = change.Cursor;
        Assert.NotNull(cursor);

        var changedCode = await Probe<ISourceSimulator>().ChangeOneProductAsync(Timeout);

        var after = new List<string>();
        await foreach (var change in incremental.ReadChangedProductsAsync(cursor, Timeout)) after.Add(change.Record.SourceProductCode);
        Assert.Contains(changedCode, after);
    }

    [Fact]
    public async Task RaiseOrder_makes_exactly_one_erp_order_worth_what_the_channel_charged()
    {
        var raiser = Require<IOrderRaiser>(ComplianceCapabilities.SourceRole, ComplianceCapabilities.OrderRaising);
        var erp = Probe<ISourceSimulator>();
        var code = SampleRecords.UniqueCode("CMP");
        var order = SampleRecords.Order(code, erp.Samples.Customer, erp.Samples.Sku);

        var raised = await raiser.RaiseOrderAsync(order, Timeout);

        var held = Assert.Single(await erp.FindOrdersAsync(code, Timeout));
        Assert.Equal(raised.SourceOrderCode, held.OrderNumber);
        Assert.Equal(code, raised.ChannelOrderCode);
        Assert.Equal(erp.Samples.Customer, held.Customer);
        Assert.Equal(OrderValue.ExTax(order), held.ValueExTax);
        Assert.True(held.LineCount >= order.LineItems.Length, $"the ERP order has {held.LineCount} lines for {order.LineItems.Length} order lines");
    }

    [Fact]
    public async Task Raising_the_same_channel_order_again_finds_it_and_the_erp_still_holds_one()
    {
        var raiser = Require<IOrderRaiser>(ComplianceCapabilities.SourceRole, ComplianceCapabilities.OrderRaising);
        var erp = Probe<ISourceSimulator>();
        var code = SampleRecords.UniqueCode("CMP");
        var order = SampleRecords.Order(code, erp.Samples.Customer, erp.Samples.Sku);
        Assert.Null(await raiser.FindRaisedOrderAsync(code, Timeout));
        var raised = await raiser.RaiseOrderAsync(order, Timeout);

        var found = await raiser.FindRaisedOrderAsync(code, Timeout);
        RaisedOrder? again;
        try { again = await raiser.RaiseOrderAsync(order, Timeout); }
        catch (PermanentConnectorException) { again = null; } // refusing a duplicate PO is as good as returning the order raised

        Assert.NotNull(found);
        Assert.Equal(raised.SourceOrderCode, found.SourceOrderCode);
        if (again is not null) Assert.Equal(raised.SourceOrderCode, again.SourceOrderCode);
        Assert.Equal(raised.SourceOrderCode, Assert.Single(await erp.FindOrdersAsync(code, Timeout)).OrderNumber);
    }

    [Fact]
    public async Task RaiseOrder_with_an_unknown_sku_fails_permanently_and_the_erp_holds_none()
    {
        var raiser = Require<IOrderRaiser>(ComplianceCapabilities.SourceRole, ComplianceCapabilities.OrderRaising);
        var erp = Probe<ISourceSimulator>();
        var code = SampleRecords.UniqueCode("CMP");
        var order = SampleRecords.Order(code, erp.Samples.Customer, "NO-SUCH-" + SampleRecords.UniqueCode("SKU"));

        var error = await Assert.ThrowsAsync<PermanentConnectorException>(() => raiser.RaiseOrderAsync(order, Timeout));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Empty(await erp.FindOrdersAsync(code, Timeout));
        Assert.Null(await raiser.FindRaisedOrderAsync(code, Timeout));
    }

    [Fact]
    public async Task Order_values_read_back_what_the_erp_holds()
    {
        var raiser = Require<IOrderRaiser>(ComplianceCapabilities.SourceRole, ComplianceCapabilities.OrderRaising, ComplianceCapabilities.OrderValues);
        var erp = Probe<ISourceSimulator>();
        var code = SampleRecords.UniqueCode("CMP");
        var order = SampleRecords.Order(code, erp.Samples.Customer, erp.Samples.Sku);
        var raised = await raiser.RaiseOrderAsync(order, Timeout);

        var values = await ((ISupportsOrderValues)raiser).ReadOrderValuesAsync([raised.SourceOrderCode, "NO-SUCH-ORDER"], Timeout);

        var value = Assert.Single(values);
        Assert.Equal(raised.SourceOrderCode, value.SourceOrderCode);
        Assert.Equal(Assert.Single(await erp.FindOrdersAsync(code, Timeout)).ValueExTax, value.Value);
    }

    private async Task<decimal> ReadQuantityAsync(ISourceConnector source, string sku)
    {
        await foreach (var product in source.ReadProductsAsync(Timeout))
        {
            if (product.Variants.FirstOrDefault(v => v.Sku == sku) is { } variant) return Quantity(variant);
        }
        throw new Xunit.Sdk.XunitException($"{Module.Key} did not read SKU {sku}");
    }

    private static decimal Quantity(Variant variant) => variant.Qty ?? variant.QtyAvailability.Values.Sum();
}
