using System.Text.Json;
using Stockbridge.Engine.Jobs;
using Stockbridge.Engine.Testing;

namespace Stockbridge.Engine.CrashWorker;

/// <summary>
/// The crash test's job: apply a keyed effect exactly once. The job queue is at-least-once (a worker killed after the
/// work but before <c>CompleteAsync</c> commits runs it again elsewhere), so "exactly once" must come from the handler:
/// it checks for and writes its effect, keyed by the job's idempotency key, in one write transaction of the ledger. The
/// pauses before and after widen the windows a SIGKILL can land in (mid-work, and after the effect but before completion).
/// </summary>
internal sealed class EffectHandler(EffectLedger ledger) : IJobHandler
{
    public const string JobKind = EffectLedger.JobKind;

    public string Kind => JobKind;

    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        var key = context.Job.IdempotencyKey ?? throw new InvalidOperationException("effect jobs carry an idempotency key");
        ledger.RecordExecution(key, context.Job.Id, context.LeaseToken, context.Worker);
        await Task.Delay(Random.Shared.Next(20, 60), cancellationToken);
        var applied = ledger.ApplyOnce(key, context.Job.Id, context.LeaseToken, context.Worker);
        await Task.Delay(Random.Shared.Next(0, 20), cancellationToken);
        return JsonSerializer.Serialize(new { key, applied });
    }
}
