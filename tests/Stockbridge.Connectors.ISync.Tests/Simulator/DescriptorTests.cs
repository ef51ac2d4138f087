using Stockbridge.Connectors.ISync.Simulator.Hosting;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.ISync.Tests.Support;

namespace Stockbridge.Connectors.ISync.Tests.Simulator;

public sealed class DescriptorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Username_password_and_token_lifetime_flags_are_the_login_the_simulator_accepts()
    {
        await using var running = (RunningISyncSimulator)await new ISyncSimulatorDescriptor().StartAsync(new SimulatorStart
        {
            Arguments = ["--port", "0", "--username", "shop@merchant.example", "--password", "s3cret!", "--stock-codes", "12", "--token-lifetime", "90"],
        }, Ct);
        using var http = new ISyncHttp(running.BaseUrl);

        var (status, body) = await http.LoginAsync("shop@merchant.example", "s3cret!", Ct);

        status.ShouldBe(200);
        body.GetProperty("ExpiresIn").GetInt32().ShouldBe(90);
        running.ConnectionSettings["username"].ShouldBe("shop@merchant.example");
        running.Products.ShouldBe(12);
        running.Banner.ShouldContain(line => line.Value.Contains("not verified against iSync"));
    }

    [Theory]
    [InlineData("--colour", "red", "Unknown option --colour")]
    [InlineData("--stock-codes", "0", "--stock-codes must be 1 to")]
    [InlineData("--token-lifetime", "0", "--token-lifetime must be 1 second or more")]
    public async Task A_bad_flag_is_refused_naming_it(string flag, string value, string message)
    {
        var error = await Should.ThrowAsync<ArgumentException>(() => new ISyncSimulatorDescriptor().StartAsync(new SimulatorStart { Arguments = [flag, value] }, Ct));

        error.Message.ShouldContain(message);
    }
}
