using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors.Magento1.Simulator.Hosting;

namespace Stockbridge.Connectors.Magento1.Tests.Connector;

/// <summary>A Magento 1 connector bound to a running simulator, as the hub would create it.</summary>
internal static class TestConnector
{
    public static Magento1Connector For(Magento1RunningSimulator store, TimeProvider time, IReadOnlyDictionary<string, string>? overlay = null)
    {
        var settings = new Dictionary<string, string>(store.ConnectionSettings, StringComparer.Ordinal);
        foreach (var (key, value) in overlay ?? new Dictionary<string, string>()) settings[key] = value;
        var context = new ConnectionContext("client", "magento1-test", settings, new HttpClient(), time, NullLogger.Instance);
        return (Magento1Connector)new Magento1ConnectorFactory().Create(context);
    }
}
