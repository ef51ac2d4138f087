using Stockbridge.Storage.Access;

namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task SaveUser_IdOfAnotherClientsUser_ThrowsAndChangesNothing()
    {
        var globex = new AccessUser("usr_globex", Globex, "ops@globex.test", "hash-1", "viewer", Start);
        await Store.Access.SaveUserAsync(globex, Ct);

        await Should.ThrowAsync<InvalidOperationException>(() =>
            Store.Access.SaveUserAsync(globex with { ClientId = Acme, PasswordHash = "hash-2", Role = "admin" }, Ct));

        (await Store.Access.FindUserByEmailAsync("ops@globex.test", Ct)).ShouldBe(globex);
        (await Store.Access.ListUsersAsync(Acme, Ct)).ShouldBeEmpty();
    }
}
