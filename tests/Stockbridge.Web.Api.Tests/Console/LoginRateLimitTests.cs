using System.Net;
using Stockbridge.Web.Api.Tests.Support;
using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Console;

public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimit_Returns429EvenWithTheRightPassword()
    {
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?> { ["Stockbridge:Web:LoginAttemptsPerMinute"] = "3" }, TestContext.Current.CancellationToken);
        var seed = await SeedData.SeedAsync(host.Store, "acme", 1, TestContext.Current.CancellationToken);
        using var session = new ConsoleSession(host.BaseAddress);
        for (var i = 0; i < 3; i++)
            (await session.SignInAsync(seed.Admin, "wrong password!")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var response = await session.SignInAsync(seed.Admin, SeedData.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        session.Cookies.GetAllCookies().ShouldNotContain(c => c.Name == "__stockbridge");
    }
}
