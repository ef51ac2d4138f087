using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SoapCore;
using SoapCore.Extensibility;
using Stockbridge.Connectors.Magento1.Simulator.Soap;
using Stockbridge.Connectors.Magento1.Simulator.Soap.Wsi;
using Stockbridge.Connectors.Magento1.Simulator.State;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Hosting;
using Stockbridge.Simulators.Seeding;

namespace Stockbridge.Connectors.Magento1.Simulator.Hosting;

/// <summary>Builds and starts the simulated store on the simulator kit.</summary>
public static class Magento1SimulatorHost
{
    /// <summary>The SOAP v2 endpoint's path.</summary>
    public const string V2Path = "/api/v2_soap";

    /// <summary>The WS-I compliant SOAP endpoint's path (OpenMage's <c>wsi.xml</c> shapes).</summary>
    public const string WsiPath = "/api/wsi_soap";

    /// <summary>Starts it; dispose the result to stop it.</summary>
    public static async Task<Magento1RunningSimulator> StartAsync(Magento1SimulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = new MagentoStore(new MagentoSettings { ApiUser = options.ApiUser, ApiKey = options.ApiKey, SessionTimeout = options.SessionTimeout }, options.Time);
        var faults = new FaultInjector(time: options.Time);
        var builder = SimulatorWebApp.CreateBuilder(options.Port);
        builder.Services.AddSoapCore();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(faults);
        builder.Services.AddSingleton<IMagentoSoapV2, MagentoSoapV2Handler>();
        builder.Services.AddSingleton<IMagentoSoapWsi, MagentoSoapWsiHandler>();
        builder.Services.AddSingleton<IFaultExceptionTransformer, MagentoFaultTransformer>();
        var app = builder.Build();

        if (options.WsiCompliance) app.UseMiddleware<WsiComplianceSwitch>(V2Path, WsiPath);
        app.UseMiddleware<SessionEviction>();
        app.UseFaults(faults, SoapOperation.Name, MagentoFaultReplies.Replies);
        app.UseMiddleware<SoapEnvelopeGuard>();
        ((IApplicationBuilder)app).UseSoapEndpoint<IMagentoSoapV2>(soap =>
        {
            soap.Path = V2Path;
            soap.SoapSerializer = SoapSerializer.XmlSerializer;
            soap.EncoderOptions = [new SoapEncoderOptions()];
        });
        app.UseMiddleware<WsiWsdlDocument>(WsiPath);
        ((IApplicationBuilder)app).UseSoapEndpoint<IMagentoSoapWsi>(soap =>
        {
            soap.Path = WsiPath;
            soap.SoapSerializer = SoapSerializer.XmlSerializer;
            soap.EncoderOptions = [new SoapEncoderOptions()];
        });

        var admin = app.MapSimulatorAdmin("/admin");
        admin.MapFaults(faults);
        Magento1AdminEndpoints.Map(admin, store);

        var baseUrl = await SimulatorWebApp.StartAsync(app, cancellationToken);
        return new Magento1RunningSimulator(app, baseUrl, store, faults);
    }
}
