using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Sqlite;
using Stockbridge.Web.Security;

namespace Stockbridge.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Users_add_with_another_clients_users_email_exits_non_zero_and_writes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_dir, "hub.db");
        await using (var store = await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System, ct))
        {
            foreach (var id in (string[])["acme", "globex"]) await store.Clients.UpsertAsync(new ClientRecord(id, id, DateTimeOffset.UnixEpoch), ct);
            await AccessProvisioning.AddUserAsync(store, "globex", "ops@globex.test", "globex password", "viewer", TimeProvider.System, ct);
        }

        var result = await CliProcess.RunAsync(_dir, "users", "add", "--store", path, "--client", "acme", "--email", "ops@globex.test", "--role", "admin");

        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldContain("another client");
        result.Out.ShouldNotContain("can sign in");
        await using var reopened = await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System, ct);
        var user = (await reopened.Access.FindUserByEmailAsync("ops@globex.test", ct)).ShouldNotBeNull();
        (user.ClientId, user.Role).ShouldBe(("globex", "viewer"));
        (await reopened.Access.ListUsersAsync("acme", ct)).ShouldBeEmpty();
    }
}
