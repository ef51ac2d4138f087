using Stockbridge.Engine.Jobs;

namespace Stockbridge.Storage.Postgres.NodeWorker;

/// <summary>The <c>test.effect</c> job: a little work, then the idempotent effect (when a ledger is given).</summary>
internal sealed class EffectHandler(NodeOptions options, EffectLedger? ledger = null) : IJobHandler
{
    public const string JobKind = "test.effect";

    public string Kind => JobKind;

    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        if (options.WorkMilliseconds > 0) await Task.Delay(TimeSpan.FromMilliseconds(options.WorkMilliseconds), context.Time, cancellationToken);
        if (ledger is not null)
        {
            var key = context.Job.IdempotencyKey ?? throw new InvalidOperationException($"Job {context.Job.Id} has no idempotency key.");
            await ledger.ApplyAsync(key, context.Job.Id, context.LeaseToken, cancellationToken);
        }
        return null;
    }
}
