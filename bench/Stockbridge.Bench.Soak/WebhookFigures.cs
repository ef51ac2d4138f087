using Stockbridge.Simulators.Webhooks;

namespace Stockbridge.Bench.Soak;

/// <summary>The Shopify simulator's webhook log: deliveries, those it had to retry, failed attempts and abandoned ones.</summary>
internal sealed record WebhookFigures(int Deliveries, int Retried, int FailedAttempts, int Abandoned)
{
    public static WebhookFigures From(IReadOnlyCollection<WebhookDeliveryRecord> log)
    {
        var orders = log.Where(r => r.Topic == "orders/create").ToList();
        return new WebhookFigures(
            Deliveries: orders.Select(r => r.WebhookId).Distinct(StringComparer.Ordinal).Count(),
            Retried: orders.Where(r => r.Attempt > 1).Select(r => r.WebhookId).Distinct(StringComparer.Ordinal).Count(),
            FailedAttempts: orders.Count(r => r.Outcome == "failed"),
            Abandoned: orders.Count(r => r.Outcome == "abandoned"));
    }
}
