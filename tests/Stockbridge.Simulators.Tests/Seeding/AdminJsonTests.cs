using System.Net;
using System.Net.Http.Json;
using System.Text;
using Stockbridge.Simulators.Tests.Support;

namespace Stockbridge.Simulators.Tests.Seeding;

public sealed class AdminJsonTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedEndpoint_ValidBody_Seeds()
    {
        await using var sim = await TinySimulator.StartAsync();
        using var http = new HttpClient { BaseAddress = sim.BaseUrl };

        using var response = await http.PostAsJsonAsync("admin/seed", new { count = 5 }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        sim.Items.ShouldBe(5);
    }

    [Theory]
    [InlineData("{\"count\":", "not a valid SeedItems")]
    [InlineData("null", "must be a JSON SeedItems")]
    [InlineData("{\"count\":-1}", "non-negative")]
    public async Task SeedEndpoint_BadBody_IsAClear400(string body, string says)
    {
        await using var sim = await TinySimulator.StartAsync();
        using var http = new HttpClient { BaseAddress = sim.BaseUrl };

        using var response = await http.PostAsync("admin/seed", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await response.Content.ReadFromJsonAsync<ErrorBody>(Ct))!.error;
        error.ShouldContain(says);
        sim.Items.ShouldBe(0);
    }

    [Fact]
    public async Task Change_UnknownRecord_Is404WithTheReason()
    {
        await using var sim = await TinySimulator.StartAsync();
        using var http = new HttpClient { BaseAddress = sim.BaseUrl };

        using var response = await http.PostAsync("admin/items/7", null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadFromJsonAsync<ErrorBody>(Ct))!.error.ShouldBe("No item 7.");
    }

    private sealed record ErrorBody(string error);
}
