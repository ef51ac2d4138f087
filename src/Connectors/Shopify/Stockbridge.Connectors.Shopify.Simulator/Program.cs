using Stockbridge.Connectors.Shopify.Simulator.Hosting;

var options = SimulatorCommandLine.Parse(args);
await using var shop = await ShopifySimulator.StartAsync(options);
Console.WriteLine($"Shopify simulator ({options.Plan}) listening");
Console.WriteLine($"  shop domain:     {shop.ShopDomain}");
Console.WriteLine($"  admin API base:  {shop.AdminApiBaseUrl}  (GraphQL: {shop.AdminGraphqlUrl("2026-04")})");
Console.WriteLine($"  access token:    {shop.AccessToken}");
Console.WriteLine($"  webhook secret:  {shop.WebhookSecret}");
Console.WriteLine($"  test endpoints:  {shop.BaseUrl}_sim/state, /_sim/orders, /_sim/faults, /_sim/webhooks");
Console.WriteLine("Press Ctrl+C to stop.");
var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
await stop.Task;
