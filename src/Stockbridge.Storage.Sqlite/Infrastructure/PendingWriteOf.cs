using Microsoft.Data.Sqlite;

namespace Stockbridge.Storage.Sqlite.Infrastructure;

/// <summary>A <see cref="PendingWrite"/> whose caller awaits a <typeparamref name="T"/> that is released only after COMMIT.</summary>
internal sealed class PendingWrite<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    : PendingWrite(cancellationToken)
{
    private readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Task => _outcome.Task;

    public override async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction) =>
        _result = await work(connection, transaction);

    public override void Committed() => _outcome.TrySetResult(_result!);

    public override void Fail(Exception error)
    {
        if (error is OperationCanceledException && CancellationToken.IsCancellationRequested) _outcome.TrySetCanceled(CancellationToken);
        else _outcome.TrySetException(error);
    }
}
