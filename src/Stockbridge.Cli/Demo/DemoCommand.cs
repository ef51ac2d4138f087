using System.CommandLine;

namespace Stockbridge.Cli.Demo;

/// <summary><c>stockbridge demo [--duration &lt;s&gt;] [--port &lt;N&gt;]</c>: the whole product on one machine, no set-up.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var duration = new Option<int?>("--duration") { Description = "Stop by itself after this many seconds, check the outcome, and exit 0 only if every sample order was raised exactly once and Shopify's stock matches." };
        var port = new Option<int>("--port") { Description = "The hub's port on 127.0.0.1 (0: a free one).", DefaultValueFactory = _ => 0 };
        var stockCodes = new Option<int>("--stock-codes") { Description = "Stock codes in the sample SYSPRO company.", DefaultValueFactory = _ => 60 };
        var orderEvery = new Option<double>("--order-every") { Description = "Seconds between sample orders.", DefaultValueFactory = _ => 2 };
        var command = new Command("demo", "Run the hub on embedded SQLite with the SYSPRO and Shopify simulators, a sample company and live sample traffic.")
        {
            duration, port, stockCodes, orderEvery,
        };
        command.SetAction((parse, ct) => new DemoRun(new DemoRunOptions(
            parse.GetValue(duration), parse.GetValue(port), parse.GetValue(stockCodes), TimeSpan.FromSeconds(Math.Max(0.2, parse.GetValue(orderEvery))))).RunAsync(ct));
        return command;
    }
}
