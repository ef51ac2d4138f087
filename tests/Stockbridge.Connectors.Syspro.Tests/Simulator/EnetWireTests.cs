using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Tests.Support;

namespace Stockbridge.Connectors.Syspro.Tests.Simulator;

public sealed class EnetWireTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>
{
    private static readonly HttpClient Http = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_AnyRestPath_Answers405()
    {
        using var response = await Http.PostAsync(new Uri(fixture.Simulator.EnetUrl, "Logon"), new StringContent(""), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Logon_SecondLogonOfSameOperator_EvictsTheFirstSession()
    {
        var first = await LogonAsync();
        var second = await LogonAsync();

        first.Length.ShouldBe(36);
        first.ShouldEndWith("  ");
        (await QueryAsync(first, "INVQRY", $"<Query><Key><StockCode>{SeedCatalogue.StockCode(1)}</StockCode></Key></Query>")).ShouldStartWith("ERROR");
        (await QueryAsync(second.Trim(), "INVQRY", $"<Query><Key><StockCode>{SeedCatalogue.StockCode(1)}</StockCode></Key></Query>")).ShouldContain("<StockItem>");
    }

    [Fact]
    public async Task Query_NonAsciiDescription_SentAsWindows1252()
    {
        await fixture.Simulator.Company.AddStockCodeAsync(new NewStockCode("ZZ-CAFE", "Café Chair", 10m, 1m), Ct);
        var session = await LogonAsync();

        var bytes = await Http.GetByteArrayAsync(Url("Query/Query", ("UserId", session), ("BusinessObject", "INVQRY"),
            ("XmlIn", "<Query><Key><StockCode>ZZ-CAFE</StockCode></Key></Query>")), Ct);

        Encoding.ASCII.GetString(bytes, 0, 60).ShouldContain("encoding=\"windows-1252\"");
        bytes.ShouldContain((byte)0xE9); // é in Windows-1252 (UTF-8 would be C3 A9)
    }

    [Fact]
    public async Task Replies_LookLikeHttpSys()
    {
        using var response = await Http.GetAsync(Url("GetVersion"), Ct);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/octet-stream");
        response.Headers.Server.ToString().ShouldBe("Microsoft-HTTPAPI/2.0");
    }

    [Fact]
    public async Task ChangePrice_BumpsTheRowsTimeStampAboveEveryOther()
    {
        var code = SeedCatalogue.StockCode(50);
        var before = await ScalarAsync("SELECT MAX(TimeStamp) FROM (SELECT TimeStamp FROM InvMaster UNION ALL SELECT TimeStamp FROM InvPrice UNION ALL SELECT TimeStamp FROM InvWarehouse)");

        await fixture.Simulator.Company.ChangePriceAsync(code, "A", 5m, Ct);

        // Other tests share this simulator and bump the same rowversion counter at the same time, so the new value is
        // above every value seen before the change, not necessarily the very next one.
        (await ScalarAsync($"SELECT TimeStamp FROM InvPrice WHERE StockCode = '{code}' AND PriceCode = 'A'")).ShouldBeGreaterThan(before);
    }

    [Fact]
    public async Task AdminEndpoints_ChangeStockAndListOrders_OverHttp()
    {
        var code = SeedCatalogue.StockCode(60);
        using var put = await Http.PutAsJsonAsync(new Uri(fixture.Simulator.BaseUrl, $"admin/stock-codes/{code}/warehouses/JHB"), new { qtyOnHand = 4321 }, Ct);
        put.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await fixture.Simulator.Company.FindStockItemAsync(code, Ct))!.Warehouses.Single(w => w.Warehouse == "JHB").QtyOnHand.ShouldBe(4321m);

        using var missing = await Http.PutAsJsonAsync(new Uri(fixture.Simulator.BaseUrl, "admin/stock-codes/NOPE/prices/A"), new { sellingPrice = 1 }, Ct);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var fault = await Http.PostAsJsonAsync(new Uri(fixture.Simulator.BaseUrl, "admin/faults"), new { kind = "ServerError", target = "Logon", count = 1 }, Ct);
        fault.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var failedLogon = await Http.GetAsync(Url("Logon", ("Operator", "x")), Ct);
        failedLogon.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);

        using var orders = await Http.GetAsync(new Uri(fixture.Simulator.BaseUrl, "admin/sales-orders"), Ct);
        orders.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task StartAsync_SameSeed_SameCompany()
    {
        var other = await Stockbridge.Connectors.Syspro.Simulator.Hosting.SysproSimulator.StartAsync(new() { StockCodes = 300, Customers = 30 }, Ct);
        try
        {
            var code = SeedCatalogue.StockCode(77);
            (await other.Company.FindStockItemAsync(code, Ct)).ShouldBe(await fixture.Simulator.Company.FindStockItemAsync(code, Ct), new StockItemComparer());
        }
        finally
        {
            await other.DisposeAsync();
            SqliteConnection.ClearAllPools();
            File.Delete(other.DatabasePath);
        }
    }

    private async Task<string> LogonAsync() => await Http.GetStringAsync(Url("Logon", ("Operator", fixture.Simulator.Operator),
        ("OperatorPassword", fixture.Simulator.OperatorPassword), ("CompanyId", fixture.Simulator.CompanyId), ("CompanyPassword", "")), Ct);

    private Task<string> QueryAsync(string session, string businessObject, string xml) =>
        Http.GetStringAsync(Url("Query/Query", ("UserId", session), ("BusinessObject", businessObject), ("XmlIn", xml)), Ct);

    private Uri Url(string path, params (string Name, string Value)[] query) =>
        new(fixture.Simulator.EnetUrl, path + "?" + string.Join('&', query.Select(q => q.Name + "=" + Uri.EscapeDataString(q.Value))));

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.Simulator.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private sealed class StockItemComparer : IEqualityComparer<Stockbridge.Connectors.Syspro.Simulator.Database.Records.StockItem?>
    {
        public bool Equals(Stockbridge.Connectors.Syspro.Simulator.Database.Records.StockItem? x, Stockbridge.Connectors.Syspro.Simulator.Database.Records.StockItem? y) =>
            x is not null && y is not null && x.Description == y.Description && x.ListPrice == y.ListPrice
            && x.Warehouses.SequenceEqual(y.Warehouses) && x.UserFields.SequenceEqual(y.UserFields);

        public int GetHashCode(Stockbridge.Connectors.Syspro.Simulator.Database.Records.StockItem? obj) => obj?.StockCode.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
