using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Bench.Peers.Hub;
using Stockbridge.Bench.Peers.Sink;
using Stockbridge.Storage;

// The hub side of bench/peers/run.sh: runs until SIGTERM/Ctrl+C; prints "ready" once webhooks can be taken.
var arguments = BenchArguments.Parse(args);
using var sink = new ErpSinkConnectorFactory();
await using var app = await BenchHub.BuildAsync(arguments, sink, CancellationToken.None);
await app.StartAsync();
await CustomerSeedWait.RunAsync(app.Services.GetRequiredService<IStore>(), TimeProvider.System, CancellationToken.None);
Console.WriteLine($"ready {arguments.Listen}/webhooks/{BenchIds.Shopify} pid {Environment.ProcessId}");
await app.WaitForShutdownAsync();
