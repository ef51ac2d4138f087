using Stockbridge.Hosting.Configuration;

namespace Stockbridge.Hosting.Tests.Configuration;

public sealed class ConfigLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-config-").FullName;
    private readonly Dictionary<string, string> _env = new() { ["EXAMPLE_PASSWORD"] = "s3cret-from-env" };

    private ConfigLoader Loader => new([new ExampleConnectorFactory()], name => _env.TryGetValue(name, out var v) ? v : null);

    private string Write(string json)
    {
        var path = Path.Combine(_dir, "stockbridge.json");
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_valid_file_resolves_settings_secrets_defaults_and_env()
    {
        var path = Write("""
            {
              "store": "data/hub.db",
              "clients": [
                { "id": "acme", "name": "Acme", "connections": [
                  { "id": "acme-erp", "connector": "example",
                    "settings": { "base_url": "http://erp.acme.test:9000", "api_password": "env:EXAMPLE_PASSWORD" },
                    "rules": { "default_customer": "WEB0001" } }
                ] }
              ]
            }
            """);
        var loaded = Loader.Load(path);
        var connection = loaded.Connections.ShouldHaveSingleItem();
        connection.ClientId.ShouldBe("acme");
        connection.Settings["base_url"].ShouldBe("http://erp.acme.test:9000");
        connection.Settings["page_size"].ShouldBe("500");
        connection.Settings.ContainsKey("api_password").ShouldBeFalse();
        connection.Secrets["api_password"].ShouldBe("s3cret-from-env");
        connection.RulesJson.ShouldContain("WEB0001");
        loaded.StoreLocation.ShouldBe(Path.Combine(_dir, "data", "hub.db"));
    }

    [Fact]
    public void Load_syntax_error_names_file_and_line()
    {
        var path = Write("{\n  \"clients\": [\n    { \"id\": \"acme\", }\n    oops\n  ]\n}");
        var error = Should.Throw<ConfigException>(() => Loader.Load(path)).Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(path);
        error.Line.ShouldBe(4);
    }

    [Fact]
    public void Load_unknown_field_says_which_and_where()
    {
        var path = Write("{\n  \"workerz\": 3\n}");
        var error = Should.Throw<ConfigException>(() => Loader.Load(path)).Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("unknown field 'workerz'");
        error.Line.ShouldBe(2);
    }

    [Fact]
    public void Load_reports_every_semantic_problem_with_its_path_and_line()
    {
        var path = Write("""
            {
              "listen": "ftp://nowhere",
              "clients": [
                { "id": "Acme", "connections": [
                  { "id": "c1", "connector": "nope" },
                  { "id": "c2", "connector": "example",
                    "settings": {
                      "base_url": "not a url",
                      "page_size": "many",
                      "mode": "hybrid",
                      "colour": "blue"
                    } }
                ] }
              ]
            }
            """);
        var errors = Should.Throw<ConfigException>(() => Loader.Load(path)).Errors;
        errors.ShouldContain(e => e.Path == "$.listen" && e.Line == 2);
        errors.ShouldContain(e => e.Path == "$.clients[0].id" && e.Line == 4 && e.Message.Contains("lowercase"));
        errors.ShouldContain(e => e.Path == "$.clients[0].connections[0].connector" && e.Line == 5 && e.Message.Contains("known: example"));
        errors.ShouldContain(e => e.Path == "$.clients[0].connections[1].settings.base_url" && e.Line == 8);
        errors.ShouldContain(e => e.Path == "$.clients[0].connections[1].settings.page_size" && e.Message.Contains("whole number"));
        errors.ShouldContain(e => e.Path == "$.clients[0].connections[1].settings.mode" && e.Message.Contains("cloud, onprem"));
        errors.ShouldContain(e => e.Path == "$.clients[0].connections[1].settings.colour" && e.Line == 11);
        errors.ShouldContain(e => e.Path == "$.clients[0].connections[1].settings" && e.Message.Contains("api_password"));
    }

    [Fact]
    public void Load_loopback_url_and_local_file_without_the_operators_allow_list_are_refused_where_they_are()
    {
        File.WriteAllText(Path.Combine(_dir, "company.db"), "");
        var path = Write($$$$"""
            {"clients":[{"id":"acme","connections":[{"id":"e","connector":"example",
              "settings":{"base_url":"http://127.0.0.1:9000","api_password":"p","mode":"onprem","database":"{{{{Path.Combine(_dir, "company.db")}}}}"}}]}]}
            """);
        var errors = Should.Throw<ConfigException>(() => Loader.Load(path)).Errors;
        errors.Count.ShouldBe(2);
        errors.ShouldContain(e => e.Path == "$.clients[0].connections[0].settings.base_url" && e.Message.Contains("a loopback address") && e.Message.Contains("hosting.allowed_private_networks"));
        errors.ShouldContain(e => e.Path == "$.clients[0].connections[0].settings.database" && e.Message.Contains("hosting.allowed_local_paths"));
    }

    [Fact]
    public void Load_hosting_section_allows_loopback_and_files_under_its_directories_only()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "data"));
        File.WriteAllText(Path.Combine(_dir, "data", "company.db"), "");
        File.WriteAllText(Path.Combine(_dir, "elsewhere.db"), "");
        var path = Write($$$$"""
            {"hosting":{"allowed_local_paths":["data"],"allowed_private_networks":["127.0.0.1"]},
             "clients":[{"id":"acme","connections":[
               {"id":"ok","connector":"example","settings":{"base_url":"http://127.0.0.1:9000","api_password":"p","mode":"onprem","database":"{{{{Path.Combine(_dir, "data", "company.db")}}}}"}},
               {"id":"out","connector":"example","settings":{"base_url":"http://10.0.0.5:9000","api_password":"p","mode":"onprem","database":"{{{{Path.Combine(_dir, "elsewhere.db")}}}}"}}]}]}
            """);
        var errors = Should.Throw<ConfigException>(() => Loader.Load(path)).Errors;
        errors.Select(e => e.Path).Order().ShouldBe(["$.clients[0].connections[1].settings.base_url", "$.clients[0].connections[1].settings.database"]);

        var allowed = Write(File.ReadAllText(path).Replace("http://10.0.0.5:9000", "https://erp.acme.test", StringComparison.Ordinal).Replace("elsewhere.db", Path.Combine("data", "company.db"), StringComparison.Ordinal));
        var loaded = Loader.Load(allowed);
        loaded.HostAccess.AllowedLocalPaths.ShouldBe([Path.Combine(_dir, "data")]);
        loaded.HostAccess.AllowedPrivateNetworks.ShouldBe(["127.0.0.1"]);
    }

    [Fact]
    public void Load_hosting_entry_that_is_not_a_network_says_which_and_where()
    {
        var path = Write("{\n  \"hosting\": { \"allowed_private_networks\": [\"10.0.0.0/33\"] }\n}");
        var error = Should.Throw<ConfigException>(() => Loader.Load(path)).Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("$.hosting.allowed_private_networks[0]");
        error.Message.ShouldContain("'10.0.0.0/33'");
    }

    [Fact]
    public void Load_missing_env_variable_is_an_error_not_an_empty_secret()
    {
        var path = Write("""
            {"clients":[{"id":"acme","connections":[{"id":"e","connector":"example",
              "settings":{"base_url":"http://erp.acme.test:1","api_password":"env:NOT_SET_ANYWHERE"}}]}]}
            """);
        var error = Should.Throw<ConfigException>(() => Loader.Load(path)).Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("NOT_SET_ANYWHERE");
    }

    [Fact]
    public void Load_duplicate_connection_ids_across_clients_is_an_error()
    {
        var path = Write("""
            {"clients":[
              {"id":"a","connections":[{"id":"same","connector":"example","settings":{"base_url":"http://x","api_password":"p"}}]},
              {"id":"b","connections":[{"id":"same","connector":"example","settings":{"base_url":"http://x","api_password":"p"}}]}]}
            """);
        Should.Throw<ConfigException>(() => Loader.Load(path)).Errors.ShouldContain(e => e.Message.Contains("defined twice"));
    }

    [Fact]
    public void Load_missing_file_says_so()
    {
        var error = Should.Throw<ConfigException>(() => Loader.Load(Path.Combine(_dir, "absent.json"))).Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("does not exist");
    }
}
