using Stockbridge.Storage.Postgres.Infrastructure;
using Stockbridge.Storage.Relational.Jobs;

namespace Stockbridge.Storage.Postgres.Jobs;

/// <summary>The shared job store with PostgreSQL's claim (<c>SKIP LOCKED</c>, many nodes) and single-statement finishing.</summary>
internal sealed partial class PostgresJobStore(PostgresDatabase database, TimeProvider time)
    : RelationalJobStore<PostgresDatabase>(database, PostgresDialect.Instance, time);
