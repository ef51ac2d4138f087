using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Stockbridge.Web.Testing;
using Stockbridge.Web.Webhooks;

namespace Stockbridge.Web.Api.Tests.Security;

/// <summary>Rejected webhooks are logged sampled per connection, so a loop of bad deliveries cannot flood the log.</summary>
public sealed class RejectedWebhookLogTests
{
    [Fact]
    public void Log_ManyRejectionsInAMinute_FirstFewInFullThenOneCount()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        using var logs = new CollectingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var log = new RejectedWebhookLog(Options.Create(new WebhookIntakeOptions { RejectedLogsPerMinute = 5 }), time,
            factory.CreateLogger<RejectedWebhookLog>());

        for (var i = 0; i < 100; i++) log.Log("acme-shop", "signature does not match");
        log.Log("globex-shop", "signature does not match");

        logs.Lines.Count(l => l.Contains("acme-shop rejected", StringComparison.Ordinal)).ShouldBe(5);
        logs.Lines.Count(l => l.Contains("globex-shop rejected", StringComparison.Ordinal)).ShouldBe(1, "each connection has its own sample");
        time.Advance(TimeSpan.FromMinutes(1));
        log.Log("acme-shop", "signature does not match");
        logs.Lines.ShouldContain(l => l.Contains("95 more webhooks to connection acme-shop were rejected", StringComparison.Ordinal));
        logs.Lines.Count(l => l.Contains("acme-shop rejected", StringComparison.Ordinal)).ShouldBe(6);
    }
}
