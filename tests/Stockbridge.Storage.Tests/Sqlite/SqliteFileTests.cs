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
    public async Task CopiedStoreFolder_WithoutTheOperatorKeyOrWithAnother_ReadsNoSecret_WithTheKeyReadsThem()
    {
        var store = await OpenSeededAsync();
        var options = _fixture.OptionsOf(store);
        await store.DisposeAsync();
        var copy = Path.Combine(_fixture.Directory, "stolen");
        CopyDirectory(Path.GetDirectoryName(options.Path)!, copy, except: "stolen");
        var copied = new SqliteStoreOptions { Path = Path.Combine(copy, Path.GetFileName(options.Path)) };

        // The ring holds no key material in the clear.
        foreach (var file in Directory.GetFiles(copied.ResolvedKeysDirectory, "*.xml"))
        {
            var xml = await File.ReadAllTextAsync(file, Ct);
            xml.ShouldContain("encryptedSecret");
            xml.ShouldNotContain("<masterKey");
        }
        var without = Should.Throw<KeyRingException>(() => SqliteStore.OpenMigratedAsync(copied, _time, Ct).GetAwaiter().GetResult());
        without.Message.ShouldContain(OperatorKey.EnvironmentVariable);
        await using (var unsealed = SqliteStore.Open(copied, _time))
        {
            await Should.ThrowAsync<CryptographicException>(() => unsealed.Connections.GetAsync("acme", "acme-shopify", Ct));
        }
        var wrongKey = new OperatorKeys(OperatorKey.FromText(OperatorKey.Generate(), "another key"));
        Should.Throw<KeyRingException>(() => SqliteStore.OpenMigratedAsync(copied with { MasterKeys = wrongKey }, _time, Ct).GetAwaiter().GetResult())
            .Message.ShouldContain(SqliteStoreFixture.MasterKeys.Current.Fingerprint);
        await using (var guessed = SqliteStore.Open(copied with { MasterKeys = wrongKey }, _time))
        {
            await Should.ThrowAsync<CryptographicException>(() => guessed.Connections.GetAsync("acme", "acme-shopify", Ct));
        }

        await using var owner = await SqliteStore.OpenMigratedAsync(copied with { MasterKeys = SqliteStoreFixture.MasterKeys }, _time, Ct);
        (await owner.Connections.GetAsync("acme", "acme-shopify", Ct)).ShouldNotBeNull().Secrets["access_token"].ShouldBe(Secret);
    }

    [Fact]
    public async Task UnencryptedRing_IsSealedAtFirstOpenWithAKey_AndSaysSo_ThenNeedsTheKey()
    {
        var plainOptions = new SqliteStoreOptions { Path = Path.Combine(_fixture.Directory, "legacy.db") };
        await using (var legacy = await SqliteStore.OpenMigratedAsync(plainOptions, _time, Ct))
        {
            await SeedAsync(legacy);
        }
        Directory.GetFiles(plainOptions.ResolvedKeysDirectory, "*.xml").ShouldAllBe(f => File.ReadAllText(f).Contains("<masterKey"));

        await using (var sealedStore = await SqliteStore.OpenMigratedAsync(plainOptions with { MasterKeys = SqliteStoreFixture.MasterKeys }, _time, Ct))
        {
            sealedStore.KeyRing.Notice.ShouldNotBeNull().ShouldContain("1 unencrypted key(s)");
            (await sealedStore.Connections.GetAsync("acme", "acme-shopify", Ct)).ShouldNotBeNull().Secrets["access_token"].ShouldBe(Secret);
        }

        Directory.GetFiles(plainOptions.ResolvedKeysDirectory, "*.xml").ShouldAllBe(f => !File.ReadAllText(f).Contains("<masterKey"));
        await Should.ThrowAsync<KeyRingException>(() => SqliteStore.OpenMigratedAsync(plainOptions, _time, Ct));
    }

    [Fact]
    public async Task RotatedOperatorKey_ReSealsTheRingUnderTheNewKey_AndTheOldKeyNoLongerOpensIt()
    {
        var store = await OpenSeededAsync();
        var options = _fixture.OptionsOf(store);
        await store.DisposeAsync();
        var next = OperatorKey.FromText(OperatorKey.Generate(), "the new key");

        await using (var rotated = await SqliteStore.OpenMigratedAsync(options with { MasterKeys = new OperatorKeys(next, SqliteStoreFixture.MasterKeys.Current) }, _time, Ct))
        {
            rotated.KeyRing.Notice.ShouldNotBeNull().ShouldContain("under the previous operator key");
            (await rotated.Connections.GetAsync("acme", "acme-shopify", Ct)).ShouldNotBeNull().Secrets["access_token"].ShouldBe(Secret);
        }
        await using (var afterwards = await SqliteStore.OpenMigratedAsync(options with { MasterKeys = new OperatorKeys(next) }, _time, Ct))
        {
            (await afterwards.Connections.GetAsync("acme", "acme-shopify", Ct)).ShouldNotBeNull().Secrets["access_token"].ShouldBe(Secret);
        }
        await Should.ThrowAsync<KeyRingException>(() => SqliteStore.OpenMigratedAsync(options, _time, Ct));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task StoreFile_ItsWalAndShm_AndTheKeyFiles_AreOwnerOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var legacyPath = Path.Combine(_fixture.Directory, "open.db");
        await File.WriteAllBytesAsync(legacyPath, [], Ct);
        File.SetUnixFileMode(legacyPath, (UnixFileMode)0b110_100_100); // 0644, as a previous version left it
        var store = await OpenSeededAsync();
        var options = _fixture.OptionsOf(store);
        await using (var legacy = await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = legacyPath, MasterKeys = SqliteStoreFixture.MasterKeys }, _time, Ct))
        {
            File.GetUnixFileMode(legacyPath).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.GetUnixFileMode(options.Path).ShouldBe(ownerOnly);
        File.Exists(options.Path + "-wal").ShouldBeTrue();
        File.GetUnixFileMode(options.Path + "-wal").ShouldBe(ownerOnly);
        File.GetUnixFileMode(options.Path + "-shm").ShouldBe(ownerOnly);
        var keyFiles = Directory.GetFiles(options.ResolvedKeysDirectory);
        keyFiles.ShouldNotBeEmpty();
        keyFiles.ShouldAllBe(f => File.GetUnixFileMode(f) == ownerOnly);
        File.GetUnixFileMode(options.ResolvedKeysDirectory).ShouldBe(ownerOnly | UnixFileMode.UserExecute);
        await store.DisposeAsync();
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
        await SeedAsync(store);
        return store;
    }

    private async Task SeedAsync(IStore store)
    {
        await store.Clients.UpsertAsync(new ClientRecord("acme", "Acme", _time.GetUtcNow()), Ct);
        await store.Connections.SaveAsync(new ConnectionRecord
        {
            ClientId = "acme", Id = "acme-shopify", ConnectorKey = "shopify", Name = "Acme shop",
            Settings = new Dictionary<string, string> { ["shop_domain"] = "acme.myshopify.com" },
            Secrets = new Dictionary<string, string> { ["access_token"] = Secret },
        }, Ct);
    }

    private static void CopyDirectory(string from, string to, string? except = null)
    {
        var directories = Directory.GetDirectories(from).Where(d => Path.GetFileName(d) != except).ToList();
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var directory in directories) CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
    }

    private static byte[] ReadAll(string path) => File.Exists(path) ? File.ReadAllBytes(path) : [];

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
