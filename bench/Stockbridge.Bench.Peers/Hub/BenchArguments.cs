using System.Globalization;

namespace Stockbridge.Bench.Peers.Hub;

/// <summary>
/// <c>--dir D --listen URL --sink URL [--workers 16] [--per-connection 16] [--batch 256]</c>; the webhook secret comes from
/// <c>SHOPIFY_WEBHOOK_SECRET</c> (the peers' secret).
/// </summary>
internal sealed record BenchArguments(string Directory, string Listen, string SinkUrl, string Secret, int Workers, int PerConnection, int MaxBatch)
{
    public static BenchArguments Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var secret = Environment.GetEnvironmentVariable("SHOPIFY_WEBHOOK_SECRET")
            ?? throw new InvalidOperationException("Set SHOPIFY_WEBHOOK_SECRET (the peers' webhook secret).");
        var workers = Int("--workers", 16);
        return new BenchArguments(Path.GetFullPath(Get("--dir", Path.Combine(Path.GetTempPath(), "stockbridge-peers"))),
            Get("--listen", "http://127.0.0.1:5090"), Get("--sink", "http://127.0.0.1:9100/erp/salesorder"), secret,
            workers, Int("--per-connection", workers), Int("--batch", 256));
    }
}
