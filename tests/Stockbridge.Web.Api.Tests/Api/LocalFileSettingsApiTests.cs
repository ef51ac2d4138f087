using System.Net;
using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Syspro;
using Stockbridge.Storage.Connections;
using Stockbridge.Web.Api.Tests.Support;
using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Api;

/// <summary>
/// Two tenants, each with its own SYSPRO company database file; the operator allows only acme's folder. Acme may not
/// point a connection at globex's file, through the API or "test connection", and the answer for another tenant's file
/// is the answer for a file that does not exist.
/// </summary>
public sealed class LocalFileSettingsApiTests : IAsyncLifetime
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("stockbridge-tenant-files-");
    private WebTestHost _host = null!;
    private SeedData _acme = null!;
    private string _acmeFile = "";
    private string _globexFile = "";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _acmeFile = await CompanyFileAsync("acme", stockCodes: 2);
        _globexFile = await CompanyFileAsync("globex", stockCodes: 5);
        _host = await WebTestHost.StartAsync(
            new Dictionary<string, string?> { ["Stockbridge:Hosting:AllowedLocalPaths:0"] = Path.GetDirectoryName(_acmeFile) },
            Ct,
            [new SysproConnectorFactory()]);
        _acme = await SeedData.SeedAsync(_host.Store, "acme", 1);
        await SeedData.SeedAsync(_host.Store, "globex", 1);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _root.Delete(recursive: true);
    }

    [Fact]
    public async Task Create_PointingAtAnotherTenantsFile_IsRefusedOnTheField_AsAMissingFileIs_AndNothingIsSaved()
    {
        using var client = _host.CreateClient(_acme.ApiToken);

        var (status, body, _, type) = await CreateAsync(client, "acme-theft", _globexFile);
        var (missingStatus, missingBody, _, _) = await CreateAsync(client, "acme-missing", Path.Combine(Path.GetDirectoryName(_acmeFile)!, "no-such.db"));

        status.ShouldBe(HttpStatusCode.BadRequest);
        type.ShouldBe("application/problem+json");
        var refusal = body!["errors"]!["database"]![0]!.GetValue<string>();
        refusal.ShouldContain("hosting.allowed_local_paths");
        missingStatus.ShouldBe(HttpStatusCode.BadRequest);
        missingBody!["errors"]!["database"]![0]!.GetValue<string>().Replace("no-such.db", "X", StringComparison.Ordinal)
            .Replace(Path.GetDirectoryName(_acmeFile)!, "D", StringComparison.Ordinal)
            .ShouldBe(refusal.Replace("company.db", "X", StringComparison.Ordinal).Replace(Path.GetDirectoryName(_globexFile)!, "D", StringComparison.Ordinal));
        (await _host.Store.Connections.GetAsync("acme", "acme-theft", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Create_PointingAtItsOwnFile_UnderTheAllowedFolder_IsSaved_AndTestReadsIt()
    {
        using var client = _host.CreateClient(_acme.ApiToken);

        var (status, _, raw, _) = await CreateAsync(client, "acme-syspro", _acmeFile);
        status.ShouldBe(HttpStatusCode.Created, raw);
        var (testStatus, result, testRaw, _) = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/connections/acme-syspro/test", new { });

        testStatus.ShouldBe(HttpStatusCode.OK, testRaw);
        var database = result!["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "database")!;
        database["ok"]!.GetValue<bool>().ShouldBeTrue();
        database["detail"]!.GetValue<string>().ShouldContain("2 stock codes");
    }

    [Fact]
    public async Task TestConnection_OfAConnectionAlreadyPointingAtAnotherTenantsFile_ReadsNothingFromIt()
    {
        // As a connection saved before the operator narrowed the allow-list (or written straight to the store) would be.
        await SaveDirectlyAsync("acme-old", _globexFile);
        await SaveDirectlyAsync("acme-gone", Path.Combine(Path.GetDirectoryName(_acmeFile)!, "no-such.db"));
        using var client = _host.CreateClient(_acme.ApiToken);

        var (status, result, raw, _) = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/connections/acme-old/test", new { });
        var (_, gone, _, _) = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/connections/acme-gone/test", new { });

        status.ShouldBe(HttpStatusCode.OK);
        result!["ok"]!.GetValue<bool>().ShouldBeFalse();
        raw.ShouldNotContain("5 stock codes");
        raw.ShouldNotContain("stock codes");
        var detail = result["checks"]![0]!["detail"]!.GetValue<string>();
        detail.ShouldContain("hosting.allowed_local_paths");
        gone!["checks"]![0]!["detail"]!.GetValue<string>().Replace(Path.Combine(Path.GetDirectoryName(_acmeFile)!, "no-such.db"), "X", StringComparison.Ordinal)
            .ShouldBe(detail.Replace(_globexFile, "X", StringComparison.Ordinal));
    }

    private static Task<(HttpStatusCode Status, System.Text.Json.Nodes.JsonNode? Body, string Raw, string? ContentType)> CreateAsync(HttpClient client, string id, string database) =>
        client.SendJsonAsync(HttpMethod.Post, "/api/v1/connections", new
        {
            id, connector_key = "syspro", name = "SYSPRO",
            settings = Settings(database),
        });

    private Task SaveDirectlyAsync(string id, string database) => _host.Store.Connections.SaveAsync(new ConnectionRecord
    {
        ClientId = "acme", Id = id, ConnectorKey = "syspro", Name = "SYSPRO",
        Settings = Settings(database).Where(s => s.Key != "operator_password").ToDictionary(),
        Secrets = new Dictionary<string, string> { ["operator_password"] = "op-pass" },
    }, Ct);

    private static Dictionary<string, string> Settings(string database) => new()
    {
        ["database"] = database, ["database_provider"] = "sqlite", ["operator"] = "STOCKBRIDGE", ["operator_password"] = "op-pass",
        ["company_id"] = "L", ["enet_url"] = "https://enet.acme.test/SYSPROWCFService/Rest",
    };

    private async Task<string> CompanyFileAsync(string tenant, int stockCodes)
    {
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(_root.FullName, tenant)).FullName, "company.db");
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE InvMaster (StockCode TEXT); CREATE TABLE InvWhControl (Warehouse TEXT); INSERT INTO InvWhControl VALUES ('JHB');"
            + string.Concat(Enumerable.Range(1, stockCodes).Select(i => $"INSERT INTO InvMaster VALUES ('{tenant}-{i}');"));
        await command.ExecuteNonQueryAsync(Ct);
        return path;
    }
}
