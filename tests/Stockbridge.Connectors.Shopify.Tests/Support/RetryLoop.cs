using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Shopify.Tests.Support;

/// <summary>
/// What the engine does with a connector's errors, reduced to a loop: wait RetryAfter on rate limits, back off briefly on
/// transient errors, give up at once on permanent ones. Counts what it saw so tests can prove the faults happened.
/// </summary>
public sealed class RetryLoop
{
    public int RateLimited { get; private set; }
    public int Transient { get; private set; }

    public async Task<T> RunAsync<T>(Func<Task<T>> call, TimeSpan limit)
    {
        var until = DateTimeOffset.UtcNow + limit;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (RateLimitedException e) when (DateTimeOffset.UtcNow < until)
            {
                RateLimited++;
                await Task.Delay(e.RetryAfter ?? TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
            }
            catch (TransientConnectorException) when (DateTimeOffset.UtcNow < until)
            {
                Transient++;
                await Task.Delay(TimeSpan.FromMilliseconds(20), TestContext.Current.CancellationToken);
            }
        }
    }
}
