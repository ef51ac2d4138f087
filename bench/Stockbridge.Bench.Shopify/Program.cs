using Stockbridge.Bench.Shopify;

var options = BenchOptions.Parse(args);
await ShopifyPushBench.RunAsync(options, CancellationToken.None);
