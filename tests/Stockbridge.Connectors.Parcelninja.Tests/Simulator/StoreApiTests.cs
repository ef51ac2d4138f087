using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Parcelninja.Simulator.Hosting;
using Stockbridge.Connectors.Parcelninja.Tests.Support;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Parcelninja.Tests.Simulator;

/// <summary>The simulated Store API as a vendor's client sees it: auth, error headers, date formats, quotes, inventory, faults.</summary>
public sealed class StoreApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_wrong_password_is_401_with_the_error_header_and_a_message_body()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        using var http = SimulatorHttp.Client(bed.Simulator, password: "wrong");

        using var response = await http.GetAsync("inventory", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Authorization has been denied for this request.", response.Headers.GetValues("x-parcelninja-error-message").Single());
        Assert.Equal("Authorization has been denied for this request.", (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["message"]!.GetValue<string>());
        Assert.True(response.Headers.Contains("x-parcelninja-log-id"));
        Assert.True(response.Headers.Contains("x-parcelninja-elapsed-ms"));
    }

    [Fact]
    public async Task Create_answers_the_id_in_its_header_and_the_look_up_by_client_id_finds_it_with_utc_timestamps()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        using var http = SimulatorHttp.Client(bed.Simulator);
        var body = new JsonObject
        {
            ["clientId"] = "WEB-77", ["typeId"] = 2,
            ["deliveryInfo"] = new JsonObject { ["customer"] = "A Buyer", ["contactNo"] = "0825550101", ["postalCode"] = "8001", ["deliveryOption"] = new JsonObject { ["deliveryQuoteId"] = 0 } },
            ["items"] = new JsonArray(new JsonObject { ["itemNo"] = "SKU-1", ["name"] = "Mug", ["qty"] = 1 }),
        };

        using var created = await http.PostAsync("outbounds/", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        var id = created.Headers.GetValues("x-parcelninja-outbound-id").Single();
        using var lookup = new HttpRequestMessage(HttpMethod.Get, "outbounds/0");
        lookup.Headers.Add("X-Client-Id", "WEB-77");
        using var found = await http.SendAsync(lookup, Ct);
        var outbound = (await found.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(id, outbound["id"]!.ToJsonString());
        Assert.Equal("20261207080000", outbound["createDate"]!.GetValue<string>());
        Assert.Equal(240, outbound["events"]![0]!["code"]!.GetValue<int>());
        Assert.Equal("Awaiting Stock", outbound["events"]![0]!["description"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("outbounds?startDate=2026-12-01", "startDate '2026-12-01' is not a date in the format YYYYMMDD.")]
    [InlineData("outbounds?pageSize=500", "pageSize must be between 1 and 100.")]
    [InlineData("outbounds/4242", "Outbound 4242 does not exist.")]
    public async Task Refusals_carry_the_error_header(string path, string message)
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        using var http = SimulatorHttp.Client(bed.Simulator);

        using var response = await http.GetAsync(path, Ct);

        Assert.True((int)response.StatusCode is 400 or 404);
        Assert.Equal(message, response.Headers.GetValues("x-parcelninja-error-message").Single());
    }

    [Fact]
    public async Task A_contact_number_that_is_not_10_digits_and_a_field_over_50_characters_are_refused()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        using var http = SimulatorHttp.Client(bed.Simulator);
        JsonObject Body(string contact, string customer) => new()
        {
            ["clientId"] = "WEB-1",
            ["deliveryInfo"] = new JsonObject { ["customer"] = customer, ["contactNo"] = contact },
            ["items"] = new JsonArray(new JsonObject { ["itemNo"] = "SKU-1", ["qty"] = 1 }),
        };

        using var phone = await http.PostAsJsonAsync("outbounds/", Body("12345", "A"), Ct);
        using var longName = await http.PostAsJsonAsync("outbounds/", Body("0825550101", new string('n', 51)), Ct);

        Assert.Contains("contactNo '12345'", phone.Headers.GetValues("x-parcelninja-error-message").Single(), StringComparison.Ordinal);
        Assert.Contains("customer is 51 characters long", longName.Headers.GetValues("x-parcelninja-error-message").Single(), StringComparison.Ordinal);
        Assert.Equal(0, bed.Simulator.OutboundCount("WEB-1"));
    }

    [Fact]
    public async Task Quotes_cost_more_further_away_and_the_cheapest_is_one_of_them_and_checks_as_valid_for_a_day()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        using var http = SimulatorHttp.Client(bed.Simulator);
        object Request(string postal) => new { deliveryInformation = new { postalCode = postal, suburb = "X" }, items = new[] { new { sku = "SKU-1", quantity = 2 } } };

        var near = (await (await http.PostAsJsonAsync("delivery/quote", Request("2196"), Ct)).Content.ReadFromJsonAsync<JsonArray>(Ct))!;
        var far = (await (await http.PostAsJsonAsync("delivery/quote", Request("8001"), Ct)).Content.ReadFromJsonAsync<JsonArray>(Ct))!;
        var cheapest = (await (await http.PostAsJsonAsync("delivery/quote/cheapest", Request("2196"), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        Assert.Equal(2, near.Count);
        Assert.True(far[0]!["cost"]!.GetValue<decimal>() > near[0]!["cost"]!.GetValue<decimal>());
        Assert.Equal("Economy Road Freight", cheapest["service"]!["description"]!.GetValue<string>());
        var check = new { deliveryQuoteId = cheapest["quoteId"]!.GetValue<int>(), nominatedDate = "2026/12/08T10:00" };
        Assert.True((await (await http.PostAsJsonAsync("delivery/CheckQuote", check, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!["valid"]!.GetValue<bool>());
        bed.Clock.Advance(TimeSpan.FromDays(2));
        Assert.False((await (await http.PostAsJsonAsync("delivery/CheckQuote", check, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_503_burst_from_the_kit_faults_refuses_every_call_until_it_passes()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        using var http = SimulatorHttp.Client(bed.Simulator);
        bed.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Status = 503, Target = "GET inventory*", DurationMs = 30_000 });

        using var first = await http.GetAsync("inventory", Ct);
        using var second = await http.GetAsync("inventory", Ct);
        bed.Clock.Advance(TimeSpan.FromSeconds(31));
        using var after = await http.GetAsync("inventory", Ct);

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], [first.StatusCode, second.StatusCode, after.StatusCode]);
    }

    [Fact]
    public async Task The_descriptor_parses_its_flags_and_refuses_unknown_ones()
    {
        var options = ParcelninjaSimulatorDescriptor.Parse(["--username", "u", "--password", "p", "--step-seconds", "0.5", "--duplicates", "reject"]);
        Assert.Equal(("u", "p", TimeSpan.FromSeconds(0.5)), (options.Username, options.Password, options.StepInterval));
        Assert.Equal(Parcelninja.Simulator.State.DuplicateClientIdPolicy.Reject, options.Duplicates);
        Assert.Throws<ArgumentException>(() => ParcelninjaSimulatorDescriptor.Parse(["--token", "x"]));
        await Task.CompletedTask;
    }
}
