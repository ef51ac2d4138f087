using Stockbridge.Storage.Relational.Jobs;
using Stockbridge.Storage.Sqlite.Infrastructure;

namespace Stockbridge.Storage.Sqlite.Jobs;

/// <summary>The shared job store with SQLite's claim (bounded index reads in the single writer) and finishing.</summary>
internal sealed partial class SqliteJobStore(SqliteDatabase database, TimeProvider time)
    : RelationalJobStore<SqliteDatabase>(database, SqliteDialect.Instance, time);
