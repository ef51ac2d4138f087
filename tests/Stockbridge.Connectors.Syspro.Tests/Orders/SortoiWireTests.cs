using System.Xml.Linq;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Tests.Support;

namespace Stockbridge.Connectors.Syspro.Tests.Orders;

public sealed class SortoiWireTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>
{
    private static readonly HttpClient Http = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_ProcessValidate_ChecksWithoutWriting()
    {
        var session = (await Http.GetStringAsync(Url("Logon", ("Operator", fixture.Simulator.Operator), ("OperatorPassword", fixture.Simulator.OperatorPassword),
            ("CompanyId", fixture.Simulator.CompanyId)), Ct)).Trim();
        var document = new XElement("SalesOrders", new XElement("Orders",
            new XElement("orderheader", new XElement("CustomerPoNumber", "#VAL1"), new XElement("Customer", SeedCatalogue.CashCustomer)),
            new XElement("OrderDetails", new XElement("StockLine", new XElement("StockCode", SeedCatalogue.StockCode(2)), new XElement("OrderQty", "1")))));

        var reply = await Http.GetStringAsync(Url("Transaction/Post", ("UserId", session), ("BusinessObject", "sortoi"),
            ("XmlParameters", "<SalesOrders><Parameters><Process>validate</Process></Parameters></SalesOrders>"), ("XmlIn", document.ToString())), Ct);

        var root = XElement.Parse(reply[reply.IndexOf('<', 1)..]);
        root.Element("StatusOfItems")!.Element("ItemsProcessed")!.Value.ShouldBe("000001");
        root.Element("Order")!.Element("SalesOrder")!.Value.ShouldBeEmpty();
        (await fixture.Simulator.Company.FindSalesOrderByPoAsync("#VAL1", null, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task RaiseThenFind_NonAsciiPoNumber_SurvivesWindows1252()
    {
        await using var connector = fixture.Connect();

        var raised = await connector.RaiseOrderAsync(fixture.SampleOrder("#Café-1"), Ct);
        var found = await connector.FindRaisedOrderAsync("#Café-1", Ct);

        found.ShouldNotBeNull();
        found.ChannelOrderCode.ShouldBe("#Café-1");
        found.SourceOrderCode.ShouldBe(raised.SourceOrderCode);
    }

    [Fact]
    public async Task DisposeAsync_LogsTheSessionOff()
    {
        var connector = fixture.Connect();
        await connector.FindRaisedOrderAsync("#none", Ct);
        fixture.Simulator.Sessions.Evict("nobody").ShouldBe(0);

        await connector.DisposeAsync();

        fixture.Simulator.Sessions.Evict(fixture.Simulator.Operator).ShouldBe(0); // already logged off
    }

    private Uri Url(string path, params (string Name, string Value)[] query) =>
        new(fixture.Simulator.EnetUrl, path + "?" + string.Join('&', query.Select(q => q.Name + "=" + Uri.EscapeDataString(q.Value))));
}
