using Stockbridge.Storage.Access;
using Stockbridge.Web.Security;
using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Security;

/// <summary>The SQLite access store and the provisioning around it, on a real file.</summary>
public sealed class AccessStoreTests
{
    [Fact]
    public async Task CreateToken_StoresOnlyItsHash_AndFindsItByHash()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await WebTestHost.StartAsync(cancellationToken: ct);
        await SeedData.SeedAsync(host.Store, "acme", 1, ct);
        var (token, secret) = await AccessProvisioning.CreateTokenAsync(host.Store, "acme", "ci", TimeProvider.System, ct);

        secret.ShouldStartWith(ApiTokenSecrets.Prefix);
        token.TokenHash.ShouldBe(ApiTokenSecrets.Hash(secret));
        token.TokenHash.ShouldNotContain(secret);
        (await host.Store.Access.FindTokenByHashAsync(ApiTokenSecrets.Hash(secret), ct))!.Id.ShouldBe(token.Id);
        (await host.Store.Access.ListTokensAsync("acme", ct)).ShouldContain(t => t.Id == token.Id);
        (await host.Store.Access.RevokeTokenAsync("globex", token.Id, TimeProvider.System.GetUtcNow(), ct)).ShouldBeFalse();
        (await host.Store.Access.RevokeTokenAsync("acme", token.Id, TimeProvider.System.GetUtcNow(), ct)).ShouldBeTrue();
        (await host.Store.Access.FindTokenByHashAsync(token.TokenHash, ct))!.Active.ShouldBeFalse();
    }

    [Fact]
    public async Task SaveUser_EmailOfAnotherUser_Throws_AndLookupIgnoresCase()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await WebTestHost.StartAsync(cancellationToken: ct);
        var acme = await SeedData.SeedAsync(host.Store, "acme", 1, ct);
        await SeedData.SeedAsync(host.Store, "globex", 1, ct);
        var user = await host.Store.Access.FindUserByEmailAsync(acme.Admin.ToUpperInvariant(), ct);
        user!.ClientId.ShouldBe("acme");
        user.Role.ShouldBe(AccessRoles.Admin);
        PasswordHashing.Verify(user.PasswordHash, SeedData.Password).ShouldBeTrue();
        PasswordHashing.Verify(user.PasswordHash, "not it").ShouldBeFalse();
        user.ToString().ShouldNotContain(user.PasswordHash);

        var thief = new AccessUser("usr_other", "globex", acme.Admin, PasswordHashing.Hash("whatever1"), AccessRoles.Admin, TimeProvider.System.GetUtcNow());
        await Should.ThrowAsync<InvalidOperationException>(() => host.Store.Access.SaveUserAsync(thief, ct));
        (await host.Store.Access.GetUserAsync("globex", user.Id, ct)).ShouldBeNull();
        (await host.Store.Access.ListUsersAsync("acme", ct)).Count.ShouldBe(3);
    }
}
