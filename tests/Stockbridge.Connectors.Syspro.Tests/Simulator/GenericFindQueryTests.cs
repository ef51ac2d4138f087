using System.Xml.Linq;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Tests.Support;

namespace Stockbridge.Connectors.Syspro.Tests.Simulator;

public sealed class GenericFindQueryTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>
{
    private static readonly HttpClient Http = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Comfnd_WhereWithOr_ReturnsMatchingRowsWithRequestedColumns()
    {
        var a = SeedCatalogue.StockCode(1);
        var b = SeedCatalogue.StockCode(2);
        var root = await FindAsync($"""
            <Query><TableName>invmaster</TableName><ReturnRows>10</ReturnRows><Columns><Column>StockCode</Column><Column>description</Column></Columns>
            <Where><Expression><OpenBracket>(</OpenBracket><Column>StockCode</Column><Condition>EQ</Condition><Value>{a}</Value><CloseBracket /></Expression>
            <Expression><AndOr>Or</AndOr><Column>StockCode</Column><Condition>EQ</Condition><Value>{b}</Value><CloseBracket>)</CloseBracket></Expression></Where>
            <OrderBy><Column>StockCode</Column></OrderBy></Query>
            """);

        root.Name.LocalName.ShouldBe("InvMaster");
        root.Elements("Row").Select(r => r.Element("StockCode")!.Value).ShouldBe([a, b]);
        root.Elements("Row").First().Element("Description").ShouldNotBeNull();
        root.Element("RowsReturned")!.Value.ShouldBe("000002");
    }

    [Fact]
    public async Task Comfnd_UnknownColumn_AnswersWithErrorDescription()
    {
        var root = await FindAsync("<Query><TableName>SorMaster</TableName><Columns><Column>SalesOrder; DROP TABLE SorMaster</Column></Columns></Query>");

        root.Descendants("ErrorDescription").Single().Value.ShouldContain("is not in table 'SorMaster'");
    }

    [Fact]
    public async Task Comfnd_TableOutsideTheCompany_AnswersWithErrorDescription()
    {
        var root = await FindAsync("<Query><TableName>sqlite_master</TableName></Query>");

        root.Descendants("ErrorDescription").Single().Value.ShouldContain("not available");
    }

    private async Task<XElement> FindAsync(string xml)
    {
        var session = (await Http.GetStringAsync(Url("Logon", ("Operator", fixture.Simulator.Operator), ("OperatorPassword", fixture.Simulator.OperatorPassword),
            ("CompanyId", fixture.Simulator.CompanyId)), Ct)).Trim();
        var reply = await Http.GetStringAsync(Url("Query/Query", ("UserId", session), ("BusinessObject", "COMFND"), ("XmlIn", xml)), Ct);
        return XDocument.Parse(reply).Root!;
    }

    private Uri Url(string path, params (string Name, string Value)[] query) =>
        new(fixture.Simulator.EnetUrl, path + "?" + string.Join('&', query.Select(q => q.Name + "=" + Uri.EscapeDataString(q.Value))));
}
