using Stockbridge.Bench.WooCommerce;

await WooCommercePushBench.RunAsync(WooBenchOptions.Parse(args), CancellationToken.None);
