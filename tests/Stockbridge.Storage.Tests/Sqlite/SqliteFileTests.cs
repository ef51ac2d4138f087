using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Security;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.Storage.Tests.Sqlite;

/// <summary>What only the embedded engine promises: the file itself, its mode, its key ring.</summary>
public sealed class SqliteFileTests : IAsyncLifetime
{
    private const string Secret = "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";
    private readonly SqliteStoreFixture _fixture = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task SaveConnection_Secret_NeverInTheFileInPlainText()
    {
        var store = await OpenSeededAsync();
        var path = _fixture.OptionsOf(store).Path;
        await store.DisposeAsync();

        var bytes = ReadAll(path).Concat(ReadAll(path + "-wal")).ToArray();

        bytes.Length.ShouldBeGreaterThan(0);
        Contains(bytes, Encoding.UTF8.GetBytes("acme.myshopify.com")).ShouldBeTrue();
        Contains(bytes, Encoding.UTF8.GetBytes(Secret)).ShouldBeFalse();
    }

    [Fact]
    public async Task Reopen_ExistingFile_KeepsDataAndSecretsAndMigratesNothing()
    {
        var store = await OpenSeededAsync();
        var options = _fixture.OptionsOf(store);
        await store.DisposeAsync();

        await using var reopened = SqliteStore.Open(options, _time);
        var report = await reopened.MigrateAsync(Ct);

        report.Applied.ShouldBeEmpty();
        var connection = (await reopened.Connections.GetAsync("acme", "acme-shopify", Ct)).ShouldNotBeNull();
        connection.Secrets["access_token"].ShouldBe(Secret);
        Directory.GetFiles(options.ResolvedKeysDirectory, "key-*.xml").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Open_OtherKeyRing_CannotReadSecrets()
    {
        var store = await OpenSeededAsync();
        var options = _fixture.OptionsOf(store);
        await store.DisposeAsync();

        await using var stranger = SqliteStore.Open(options with { KeysDirectory = Path.Combine(_fixture.Directory, "other.keys") }, _time);

        await Should.ThrowAsync<CryptographicException>(() => stranger.Connections.GetAsync("acme", "acme-shopify", Ct));
    }

    [Fact]
    public async Task Open_Database_UsesWalAndEnforcesForeignKeys()
    {
        var store = await OpenSeededAsync();
        await using var _ = store;
        await using var raw = new SqliteConnection($"Data Source={_fixture.OptionsOf(store).Path}");
        await raw.OpenAsync(Ct);
        await using var command = raw.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        (await command.ExecuteScalarAsync(Ct)).ShouldBe("wal");
        store.Engine.ShouldBe("sqlite");
        store.Describe().ShouldBe($"sqlite:{Path.GetFullPath(_fixture.OptionsOf(store).Path)}");
        await Should.ThrowAsync<SqliteException>(() => store.Jobs.EnqueueAsync(
            new JobRequest("no-such-client", null, "product.push", null, "{}"), Ct));
    }

    private async Task<IStore> OpenSeededAsync()
    {
        var store = await _fixture.CreateEmptyAsync(_time);
        await store.MigrateAsync(Ct);
        await store.Clients.UpsertAsync(new ClientRecord("acme", "Acme", _time.GetUtcNow()), Ct);
        await store.Connections.SaveAsync(new ConnectionRecord
        {
            ClientId = "acme", Id = "acme-shopify", ConnectorKey = "shopify", Name = "Acme shop",
            Settings = new Dictionary<string, string> { ["shop_domain"] = "acme.myshopify.com" },
            Secrets = new Dictionary<string, string> { ["access_token"] = Secret },
        }, Ct);
        return store;
    }

    private static byte[] ReadAll(string path) => File.Exists(path) ? File.ReadAllBytes(path) : [];

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
