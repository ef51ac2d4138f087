namespace Stockbridge.Connectors.Sql.Simulator.Acme;

/// <summary>
/// Changes the Acme ERP as its users would, every <c>interval</c>: one item's list price up or down by a few rand, and one
/// item's stock on hand. Off unless asked for (<c>--mutate-every</c>), so tests and the demo see only the changes they make.
/// </summary>
public sealed class AcmeMutator : IAsyncDisposable
{
    private readonly AcmeErp _erp;
    private readonly ITimer _timer;
    private readonly Random _random = new(2026);
    private int _running;

    /// <summary>Starts changing the database every <paramref name="interval"/>.</summary>
    public AcmeMutator(AcmeErp erp, TimeSpan interval, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _erp = erp;
        _timer = time.CreateTimer(_ => _ = TickAsync(), null, interval, interval);
    }

    /// <summary>How many rounds of changes were made.</summary>
    public int Rounds { get; private set; }

    /// <summary>The last failure, if a round failed (the database was busy or gone).</summary>
    public string? LastError { get; private set; }

    private async Task TickAsync()
    {
        if (Interlocked.Exchange(ref _running, 1) == 1) return;
        try
        {
            int style, stockStyle, delta, onHand;
            lock (_random)
            {
                style = 1 + _random.Next(Math.Max(1, _erp.Styles - 2));
                stockStyle = 1 + _random.Next(Math.Max(1, _erp.Styles - 2));
                delta = _random.Next(-3, 4);
                onHand = _random.Next(0, 40);
            }
            await _erp.ChangePriceAsync(style, delta == 0 ? 1 : delta, CancellationToken.None);
            await _erp.SetStockAsync(AcmeSeeder.Item(stockStyle, "M"), onHand, CancellationToken.None);
            Rounds++;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            LastError = e.Message;
        }
        finally
        {
            Interlocked.Exchange(ref _running, 0);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _timer.DisposeAsync();
}
