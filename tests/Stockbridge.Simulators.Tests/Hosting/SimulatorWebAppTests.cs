using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Simulators.Tests.Hosting;

public sealed class SimulatorWebAppTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PortZero_ListensOnAFreeLoopbackPort()
    {
        await using var app = SimulatorWebApp.CreateBuilder(0).Build();
        app.MapGet("/ping", () => Results.Text("pong"));

        var baseUrl = await SimulatorWebApp.StartAsync(app, Ct);

        baseUrl.Host.ShouldBe("127.0.0.1");
        baseUrl.Port.ShouldBeGreaterThan(0);
        baseUrl.AbsolutePath.ShouldBe("/");
        using var http = new HttpClient();
        (await http.GetStringAsync(new Uri(baseUrl, "ping"), Ct)).ShouldBe("pong");
        await app.StopAsync(Ct);
    }

    [Fact]
    public async Task FixedPort_ListensThere()
    {
        int port;
        using (var probe = new TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }
        await using var app = SimulatorWebApp.CreateBuilder(port).Build();

        var baseUrl = await SimulatorWebApp.StartAsync(app, Ct);

        baseUrl.ShouldBe(new Uri($"http://127.0.0.1:{port}/"));
        await app.StopAsync(Ct);
    }
}
