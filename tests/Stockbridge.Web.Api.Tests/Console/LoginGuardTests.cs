using System.Net;
using Stockbridge.Web.Api.Tests.Support;
using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Console;

/// <summary>Guessing is limited per e-mail and per address, and neither limit refuses the right password of someone else.</summary>
public sealed class LoginGuardTests
{
    private const string Wrong = "wrong password!";

    [Fact]
    public async Task SignIn_TenFailuresOnOneEmail_LocksThatEmailOnly()
    {
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?> { ["Stockbridge:Web:LoginAttemptsPerMinute"] = "1000" }, TestContext.Current.CancellationToken);
        var seed = await SeedData.SeedAsync(host.Store, "acme", 1, TestContext.Current.CancellationToken);
        using var session = new ConsoleSession(host.BaseAddress);
        for (var i = 0; i < 10; i++)
            (await session.SignInAsync(seed.Admin, Wrong)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var locked = await session.SignInAsync(seed.Admin, SeedData.Password);
        using var other = await session.SignInAsync(seed.Operator, SeedData.Password);

        locked.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        other.StatusCode.ShouldBe(HttpStatusCode.Redirect, "another account's right password from the same address still signs in");
    }

    [Fact]
    public async Task SignIn_UnknownEmail_LocksAndAnswersExactlyAsAKnownOne()
    {
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?> { ["Stockbridge:Web:LoginAttemptsPerMinute"] = "1000" }, TestContext.Current.CancellationToken);
        var seed = await SeedData.SeedAsync(host.Store, "acme", 1, TestContext.Current.CancellationToken);
        using var session = new ConsoleSession(host.BaseAddress);
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var email in (string[])[seed.Admin, "nobody@acme.test"])
        {
            for (var i = 0; i < 11; i++)
            {
                using var response = await session.SignInAsync(email, Wrong);
                var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                answers.Add((response.StatusCode, Message(html)));
            }
        }

        answers.Take(11).ShouldBe(answers.Skip(11), "a known and an unknown e-mail get the same answers, lock included");
        answers[10].Item1.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task SignIn_AddressOverItsFailureLimit_WrongPasswordsGet429ButARightOneSignsIn()
    {
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?> { ["Stockbridge:Web:LoginAttemptsPerMinute"] = "3" }, TestContext.Current.CancellationToken);
        var seed = await SeedData.SeedAsync(host.Store, "acme", 1, TestContext.Current.CancellationToken);
        using var session = new ConsoleSession(host.BaseAddress);
        for (var i = 0; i < 3; i++)
            (await session.SignInAsync(seed.Admin, Wrong)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var guess = await session.SignInAsync(seed.Viewer, Wrong);
        using var right = await session.SignInAsync(seed.Operator, SeedData.Password);

        guess.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        session.Cookies.GetAllCookies().ShouldContain(c => c.Name == "__stockbridge");
    }

    private static string Message(string html)
    {
        var start = html.IndexOf("role=\"alert\">", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }
}
