using Stockbridge.Connectors;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Engine.Tests.Connectors;

public sealed class ConnectorSettingsBinderTests
{
    private static readonly ConnectorManifest Manifest = new()
    {
        Key = "example",
        DisplayName = "Example",
        Kind = ConnectorKind.Source,
        Capabilities = ConnectorCapabilities.Products,
        Description = "A manifest for the binder's tests.",
        Settings =
        [
            new("server", "Server", SettingType.Text, "The host name of the example server."),
            new("base_url", "Base URL", SettingType.Url, "The API's base address.", Required: false),
            new("seats", "Seats", SettingType.Integer, "How many sessions at once.", Required: false, Default: "2"),
            new("margin", "Margin", SettingType.Decimal, "A markup applied to prices.", Required: false),
            new("check_po", "Check PO numbers", SettingType.Boolean, "Reject duplicate PO numbers.", Required: false, Default: "true"),
            new("shipping_mode", "Shipping line", SettingType.Choice, "How shipping is raised.", Required: false, Default: "freight", Choices: ["freight", "misc_charge", "none"]),
            new("password", "Password", SettingType.Secret, "The API user's password."),
        ],
    };

    public enum ShippingMode { Freight, MiscCharge, None }

    public sealed record ExampleOptions
    {
        [Setting("server")] public required string Server { get; init; }
        [Setting("base_url")] public Uri? BaseUrl { get; init; }
        [Setting("seats")] public int Seats { get; init; }
        [Setting("margin")] public decimal? Margin { get; init; }
        [Setting("check_po")] public bool CheckPo { get; init; }
        [Setting("shipping_mode")] public ShippingMode Shipping { get; init; }
        [Setting("shipping_mode")] public string ShippingText { get; init; } = "";
        [Setting("password")] public required string Password { get; init; }
        public string NotBound { get; init; } = "untouched";
    }

    private sealed record UnknownKeyOptions
    {
        [Setting("server")] public string? Server { get; init; }
        [Setting("sever")] public string? Misspelt { get; init; }
    }

    private sealed record SecretAsEnumOptions
    {
        [Setting("password")] public ShippingMode Password { get; init; }
    }

    private sealed record UrlAsIntOptions
    {
        [Setting("base_url")] public int BaseUrl { get; init; }
    }

    private static Dictionary<string, string> Valid() => new() { ["server"] = "SYS01", ["password"] = "hunter2" };

    private static ExampleOptions Bind(Dictionary<string, string> settings) => ConnectorSettingsBinder.Bind<ExampleOptions>(settings, Manifest);

    [Fact]
    public void Bind_EveryType_ParsesIntoThePropertysType()
    {
        var settings = Valid();
        settings["server"] = "  SYS01  ";
        settings["base_url"] = "https://api.example.com/v1";
        settings["seats"] = "4";
        settings["margin"] = "12.5";
        settings["check_po"] = "False";
        settings["shipping_mode"] = "MISC_CHARGE";
        settings["password"] = " p@ss word ";

        var options = Bind(settings);

        options.Server.ShouldBe("SYS01");
        options.BaseUrl.ShouldBe(new Uri("https://api.example.com/v1"));
        options.Seats.ShouldBe(4);
        options.Margin.ShouldBe(12.5m);
        options.CheckPo.ShouldBeFalse();
        options.Shipping.ShouldBe(ShippingMode.MiscCharge);
        options.ShippingText.ShouldBe("misc_charge", "a choice binds as the manifest spells it");
        options.Password.ShouldBe(" p@ss word ", "a secret is taken as given");
        options.NotBound.ShouldBe("untouched");
    }

    [Fact]
    public void Bind_OptionalSettingsNotGiven_TakeTheManifestDefaultOrStayUnset()
    {
        var options = Bind(Valid());
        options.Seats.ShouldBe(2);
        options.CheckPo.ShouldBeTrue();
        options.Shipping.ShouldBe(ShippingMode.Freight);
        options.BaseUrl.ShouldBeNull();
        options.Margin.ShouldBeNull();
    }

    [Fact]
    public void Bind_BlankValue_CountsAsNotGiven()
    {
        var settings = Valid();
        settings["seats"] = "   ";
        Bind(settings).Seats.ShouldBe(2);
    }

    [Fact]
    public void Bind_MissingRequired_NamesTheSetting()
    {
        var settings = Valid();
        settings.Remove("server");
        Should.Throw<PermanentConnectorException>(() => Bind(settings)).Message.ShouldBe("The connection's setting 'server' (Server) is missing.");
    }

    [Fact]
    public void Bind_BadChoice_NamesTheSettingAndItsChoices()
    {
        var settings = Valid();
        settings["shipping_mode"] = "courier";
        Should.Throw<PermanentConnectorException>(() => Bind(settings)).Message
            .ShouldBe("The connection's setting 'shipping_mode' (Shipping line) must be one of freight, misc_charge, none, not 'courier'.");
    }

    [Theory]
    [InlineData("seats", "two", "must be a whole number")]
    [InlineData("seats", "99999999999", "must be a whole number from -2147483648 to 2147483647")]
    [InlineData("margin", "1.2.3", "must be a number")]
    [InlineData("check_po", "yes", "must be true or false")]
    [InlineData("base_url", "api.example.com", "must be an absolute http(s) URL")]
    [InlineData("base_url", "ftp://api.example.com", "must be an absolute http(s) URL")]
    public void Bind_ValueThatDoesNotParse_NamesTheSettingAndTheProblem(string key, string value, string problem)
    {
        var settings = Valid();
        settings[key] = value;
        var message = Should.Throw<PermanentConnectorException>(() => Bind(settings)).Message;
        message.ShouldStartWith($"The connection's setting '{key}' (");
        message.ShouldContain(problem);
        message.ShouldContain($"'{value}'");
    }

    [Fact]
    public void Bind_SecretThatDoesNotParse_KeepsItsValueOutOfTheMessage()
    {
        var message = Should.Throw<PermanentConnectorException>(() => ConnectorSettingsBinder.Bind<SecretAsEnumOptions>(Valid(), Manifest)).Message;
        message.ShouldContain("'password'");
        message.ShouldNotContain("hunter2");
        message.ShouldContain("not shown");
    }

    [Fact]
    public void Bind_PropertyBoundToAKeyTheManifestLacks_IsAClearCodeError()
    {
        var error = Should.Throw<InvalidOperationException>(() => ConnectorSettingsBinder.Bind<UnknownKeyOptions>(Valid(), Manifest));
        error.Message.ShouldBe("UnknownKeyOptions.Misspelt is bound to setting 'sever', which the example manifest does not declare.");
    }

    [Fact]
    public void Bind_PropertyTypeTheSettingCannotBecome_IsAClearCodeError()
    {
        var settings = Valid();
        settings["base_url"] = "https://api.example.com";
        Should.Throw<InvalidOperationException>(() => ConnectorSettingsBinder.Bind<UrlAsIntOptions>(settings, Manifest))
            .Message.ShouldBe("UrlAsIntOptions.BaseUrl is Int32, but setting 'base_url' (Url) binds only to Uri or string.");
    }

    [Fact]
    public void Bind_FromAConnectionContext_ReadsItsSettings()
    {
        using var http = new HttpClient();
        var context = new ConnectionContext("client", "conn", Valid(), http, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        ConnectorSettingsBinder.Bind<ExampleOptions>(context, Manifest).Server.ShouldBe("SYS01");
    }
}
