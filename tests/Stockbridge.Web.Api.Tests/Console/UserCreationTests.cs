using System.Net;
using Microsoft.Extensions.Time.Testing;
using Stockbridge.Web.Api.Tests.Support;
using Stockbridge.Web.Security;
using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Console;

/// <summary>A user belongs to one client: adding another client's user's e-mail is refused, never reported as done.</summary>
public sealed class UserCreationTests(TwoClientsFixture fixture) : IClassFixture<TwoClientsFixture>
{
    [Fact]
    public async Task AddUser_EmailOfAnotherClientsUser_IsRefusedAndChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = await fixture.Host.Store.Access.FindUserByEmailAsync(fixture.Globex.Viewer, ct);

        var error = await Should.ThrowAsync<InvalidOperationException>(() => AccessProvisioning.AddUserAsync(
            fixture.Host.Store, "acme", fixture.Globex.Viewer, "a new password", "admin", new FakeTimeProvider(), ct));

        error.Message.ShouldContain("another client");
        (await fixture.Host.Store.Access.FindUserByEmailAsync(fixture.Globex.Viewer, ct)).ShouldBe(before);
        (await fixture.Host.Store.Access.ListUsersAsync("acme", ct)).ShouldNotContain(u => u.Email == fixture.Globex.Viewer);
    }

    [Fact]
    public async Task ConsoleAddUser_EmailOfAnotherClientsUser_Answers400WithTheReason()
    {
        using var admin = new ConsoleSession(fixture.Host.BaseAddress);
        (await admin.SignInAsync(fixture.Acme.Admin, SeedData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var added = await admin.PostAsync("/console/users", new()
        {
            ["__af"] = await admin.TokenOfAsync("/console/users"), ["email"] = fixture.Globex.Operator, ["password"] = "another long one", ["role"] = "admin",
        });

        added.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await added.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("another client");
        html.ShouldNotContain("can now sign in");
        using var globex = new ConsoleSession(fixture.Host.BaseAddress);
        (await globex.SignInAsync(fixture.Globex.Operator, SeedData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the other client's user is untouched");
    }
}
