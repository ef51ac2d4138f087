using Stockbridge.Connectors.Syspro.Tests.Support;

namespace Stockbridge.Connectors.Syspro.Tests;

public sealed class TestConnectionTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>
{
    [Fact]
    public async Task TestConnection_GoodSettings_BothChecksPass()
    {
        var result = await fixture.Connect().TestConnectionAsync(TestContext.Current.CancellationToken);

        result.Ok.ShouldBeTrue();
        result.Checks.Select(c => c.Name).ShouldBe(["database", "e.net"]);
        result.Checks[0].Detail.ShouldContain("300 stock codes");
        result.Checks[1].Detail.ShouldContain("8.0.0.212");
        fixture.Simulator.Sessions.Evict(fixture.Simulator.Operator).ShouldBe(0); // logged off again: no licence seat held
    }

    [Fact]
    public async Task TestConnection_MalformedSetting_SaysWhichSetting()
    {
        var result = await fixture.Connect(new Dictionary<string, string> { ["active_user_field"] = "two" }).TestConnectionAsync(TestContext.Current.CancellationToken);

        result.Ok.ShouldBeFalse();
        result.Checks.ShouldHaveSingleItem().Detail.ShouldContain("active_user_field");
    }

    [Fact]
    public async Task TestConnection_BadOperatorPassword_NamesEnetAsFailingWithSysprosReason()
    {
        var result = await fixture.Connect(new Dictionary<string, string> { ["operator_password"] = "wrong-one" }).TestConnectionAsync(TestContext.Current.CancellationToken);

        result.Ok.ShouldBeFalse();
        result.Checks.Single(c => c.Name == "database").Ok.ShouldBeTrue();
        var enet = result.Checks.Single(c => c.Name == "e.net");
        enet.Ok.ShouldBeFalse();
        enet.Detail.ShouldContain("Invalid operator password");
        enet.Detail.ShouldNotContain("wrong-one");
    }

    [Fact]
    public async Task TestConnection_BadDatabasePath_NamesTheDatabaseAsFailing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-syspro-company.db");
        var result = await fixture.Connect(new Dictionary<string, string> { ["database"] = missing }).TestConnectionAsync(TestContext.Current.CancellationToken);

        result.Ok.ShouldBeFalse();
        var database = result.Checks.Single(c => c.Name == "database");
        database.Ok.ShouldBeFalse();
        database.Detail.ShouldContain(missing);
        result.Checks.Single(c => c.Name == "e.net").Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task TestConnection_UnreachableEnet_SaysEnetFailedAndWhy()
    {
        var result = await fixture.Connect(new Dictionary<string, string> { ["enet_url"] = "http://127.0.0.1:1/SYSPROWCFService/Rest/" })
            .TestConnectionAsync(TestContext.Current.CancellationToken);

        var enet = result.Checks.Single(c => c.Name == "e.net");
        enet.Ok.ShouldBeFalse();
        enet.Detail.ShouldContain("Logon");
    }

    [Fact]
    public async Task TestConnection_SoapUrlWrong_SaysSoapFailedAndHoldsNoSeat()
    {
        var result = await fixture.Connect(new Dictionary<string, string> { ["enet_soap_url"] = "http://127.0.0.1:1/SYSPROWCFService" }, "wrong-soap")
            .TestConnectionAsync(TestContext.Current.CancellationToken);

        var enet = result.Checks.Single(c => c.Name == "e.net");
        enet.Ok.ShouldBeFalse();
        enet.Detail.ShouldContain("SOAP GetVersion");
        fixture.Simulator.Sessions.Evict(fixture.Simulator.Operator).ShouldBe(0); // the session the test opened was logged off
    }
}
