using System.CommandLine;
using Stockbridge.Connectors.Catalog;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Cli.Demo;

/// <summary><c>stockbridge demo [--source &lt;key&gt;] [--channel &lt;key&gt;] [--duration &lt;s&gt;]</c>: the whole product on one machine, no set-up.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "The ERP, by connector key.", DefaultValueFactory = _ => "syspro" };
        source.AcceptOnlyFromAmong([.. Keys(ConnectorKind.Source)]);
        var channel = new Option<string>("--channel")
        {
            Description = $"The sales channel, by connector key, or several side by side, comma-separated (e.g. shopify,takealot); from: {string.Join(", ", Keys(ConnectorKind.Channel))}.",
            DefaultValueFactory = _ => "shopify",
        };
        var fulfillment = new Option<string?>("--fulfillment") { Description = "A fulfilment service that ships the channel's orders, by connector key (none: the merchant ships)." };
        fulfillment.AcceptOnlyFromAmong([.. Keys(ConnectorKind.Fulfillment)]);
        var duration = new Option<int?>("--duration") { Description = "Stop by itself after this many seconds, check the outcome, and exit 0 only if every sample order was raised exactly once at the value paid and the channel's stock matches." };
        var port = new Option<int>("--port") { Description = "The hub's port on 127.0.0.1 (0: a free one).", DefaultValueFactory = _ => 0 };
        var stockCodes = new Option<int>("--stock-codes") { Description = "Products in the sample company (for an ERP simulator that takes --stock-codes).", DefaultValueFactory = _ => 60 };
        var orderEvery = new Option<double>("--order-every") { Description = "Seconds between sample orders.", DefaultValueFactory = _ => 2 };
        var command = new Command("demo", "Run the hub on embedded SQLite with an ERP's and a channel's simulators (SYSPRO and Shopify unless chosen), a sample company and live sample traffic.")
        {
            source, channel, fulfillment, duration, port, stockCodes, orderEvery,
        };
        command.SetAction((parse, ct) => new DemoRun(new DemoRunOptions(
            parse.GetValue(source)!, parse.GetValue(channel)!,
            parse.GetValue(duration), parse.GetValue(port), parse.GetValue(stockCodes), TimeSpan.FromSeconds(Math.Max(0.2, parse.GetValue(orderEvery))),
            parse.GetValue(fulfillment))).RunAsync(ct));
        return command;
    }

    private static IEnumerable<string> Keys(ConnectorKind kind) =>
        ConnectorCatalog.Modules.Where(m => m.Factory.Manifest.Kind.HasFlag(kind)).Select(m => m.Key);
}
