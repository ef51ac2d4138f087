using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Connectors.Syspro.Simulator.Admin;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Enet;
using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.Syspro.Simulator.Hosting;

/// <summary>Starts a SYSPRO simulator (e.net REST plus a SQLite company database) in-process.</summary>
public static class SysproSimulator
{
    /// <summary>Seeds (or reopens) the company database and starts Kestrel on 127.0.0.1.</summary>
    public static async Task<RunningSysproSimulator> StartAsync(SysproSimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = options.DatabasePath ?? Path.Combine(Path.GetTempPath(), $"syspro-sim-{Guid.NewGuid():N}.db");
        var company = new CompanyDatabase(path);
        await company.EnsureSeededAsync(options, cancellationToken);

        var builder = SimulatorWebApp.CreateBuilder(options.Port, k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestLineSize = 16 * 1024; // HTTP.sys rejects longer URLs too
        });
        builder.Services.AddSingleton(company);
        builder.Services.AddSingleton(new EnetCredentials(options.Operator, options.OperatorPassword, options.CompanyId));
        builder.Services.AddSingleton(new SessionRegistry(options.OperatorSeats));
        builder.Services.AddSingleton(new FaultInjector());
        builder.Services.AddSingleton<EnetQuirks>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        var app = builder.Build();
        app.MapEnet();
        app.MapAdmin();
        var baseUrl = await SimulatorWebApp.StartAsync(app, cancellationToken);
        return new RunningSysproSimulator(app, baseUrl, path, options);
    }
}
