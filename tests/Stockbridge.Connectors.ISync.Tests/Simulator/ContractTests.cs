using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.ISync.Simulator.State;
using Stockbridge.Connectors.ISync.Tests.Support;

namespace Stockbridge.Connectors.ISync.Tests.Simulator;

public sealed class ContractTests(ISyncSimulatorFixture fixture) : IClassFixture<ISyncSimulatorFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string User => fixture.Simulator.ConnectionSettings["username"];
    private string Password => fixture.Simulator.ConnectionSettings["password"];

    [Fact]
    public async Task Login_answers_a_bearer_token_with_its_lifetime_and_a_wrong_password_InvalidLogin()
    {
        using var http = new ISyncHttp(fixture.Simulator.BaseUrl);

        var (status, body) = await http.LoginAsync(User.ToUpperInvariant(), Password, Ct);
        var (refused, error) = await http.LoginAsync(User, "wrong", Ct);

        status.ShouldBe(200);
        body.GetProperty("TokenType").GetString().ShouldBe("Bearer");
        body.GetProperty("ExpiresIn").GetInt32().ShouldBe(1800);
        refused.ShouldBe(401);
        error.GetProperty("Error").GetProperty("Code").GetString().ShouldBe("InvalidLogin");
    }

    [Fact]
    public async Task Calls_without_a_live_token_are_refused_InvalidToken_or_TokenExpired()
    {
        using var http = new ISyncHttp(fixture.Simulator.BaseUrl);
        var token = await http.TokenAsync(User, Password, Ct);

        var (none, noneBody) = await http.SendAsync(HttpMethod.Get, "products", null, null, Ct);
        fixture.Simulator.Company.ExpireAll();
        var (expired, expiredBody) = await http.SendAsync(HttpMethod.Get, "products", null, token, Ct);

        none.ShouldBe(401);
        Code(noneBody).ShouldBe("InvalidToken");
        expired.ShouldBe(401);
        Code(expiredBody).ShouldBe("TokenExpired");
    }

    [Fact]
    public async Task Products_page_by_ModifiedDate_then_SKU_and_a_page_resumes_exactly_after_the_last_row()
    {
        using var http = new ISyncHttp(fixture.Simulator.BaseUrl);
        var token = await http.TokenAsync(User, Password, Ct);
        var skus = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var query = "products?pageSize=7" + (after is null ? "" : after);
            var (status, body) = await http.SendAsync(HttpMethod.Get, query, null, token, Ct);
            status.ShouldBe(200);
            var rows = body.GetProperty("Products").EnumerateArray().ToList();
            skus.AddRange(rows.Select(r => r.GetProperty("SKU").GetString()!));
            pages++;
            if (!body.GetProperty("HasMore").GetBoolean()) break;
            var last = rows[^1];
            after = $"&modifiedAfter={Uri.EscapeDataString(last.GetProperty("ModifiedDate").GetString()!)}&afterSku={Uri.EscapeDataString(last.GetProperty("SKU").GetString()!)}";
        }

        skus.Count.ShouldBe(fixture.Simulator.Company.Skus.Count);
        skus.Distinct().Count().ShouldBe(skus.Count);
        pages.ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task A_second_post_with_one_PONumber_is_409_DuplicatePONumber_naming_the_order_that_holds_it()
    {
        using var http = new ISyncHttp(fixture.Simulator.BaseUrl);
        var token = await http.TokenAsync(User, Password, Ct);
        var body = Order("#SIM-DUP");

        var (created, first) = await http.SendAsync(HttpMethod.Post, "orders", body, token, Ct);
        var (duplicate, error) = await http.SendAsync(HttpMethod.Post, "orders", Order("#SIM-DUP"), token, Ct);

        created.ShouldBe(201);
        duplicate.ShouldBe(409);
        Code(error).ShouldBe("DuplicatePONumber");
        error.GetProperty("Error").GetProperty("OrderNumber").GetString().ShouldBe(first.GetProperty("OrderNumber").GetString());
        fixture.Simulator.Company.FindOrders("#SIM-DUP").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task An_order_missing_a_field_is_400_naming_the_field()
    {
        using var http = new ISyncHttp(fixture.Simulator.BaseUrl);
        var token = await http.TokenAsync(User, Password, Ct);
        var body = Order("#SIM-BAD");
        ((JsonObject)((JsonArray)body["Lines"]!)[0]!).Remove("Units");

        var (status, error) = await http.SendAsync(HttpMethod.Post, "orders", body, token, Ct);

        status.ShouldBe(400);
        error.GetProperty("Error").GetProperty("Message").GetString()!.ShouldContain("Lines[0].Units");
    }

    private static JsonObject Order(string poNumber) => new()
    {
        ["PONumber"] = poNumber,
        ["CustomerCode"] = SampleCompany.WebCustomer,
        ["DeliveryDetail"] = "1 Main Road, Durban",
        ["Lines"] = new JsonArray(new JsonObject { ["ProductStockID"] = "ISY-0001", ["Units"] = 1, ["SellingPrice"] = 10.5 }),
    };

    private static string? Code(JsonElement body) => body.GetProperty("Error").GetProperty("Code").GetString();
}
