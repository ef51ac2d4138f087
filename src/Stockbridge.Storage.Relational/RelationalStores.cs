using Stockbridge.Storage.Access;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;
using Stockbridge.Storage.Relational.Access;
using Stockbridge.Storage.Relational.Clients;
using Stockbridge.Storage.Relational.Connections;
using Stockbridge.Storage.Relational.Inbox;
using Stockbridge.Storage.Relational.Jobs;
using Stockbridge.Storage.Relational.Records;
using Stockbridge.Storage.Relational.Scheduling;
using Stockbridge.Storage.Scheduling;
using Stockbridge.Storage.Security;

namespace Stockbridge.Storage.Relational;

/// <summary>An engine's <see cref="IStore"/> parts: the shared stores over its database and dialect, and its own job store.</summary>
internal sealed class RelationalStores
{
    public RelationalStores(IRelationalDatabase database, RelationalDialect dialect, IJobStore jobs, ISecretProtector secrets, TimeProvider time)
    {
        var jobWriter = new JobWriter(dialect);
        Clients = new RelationalClientStore(database);
        Connections = new RelationalConnectionStore(database, dialect, new ConnectionCodec(secrets), time);
        Records = new RelationalRecordStore(database, dialect, jobWriter, time);
        Inbox = new RelationalInboxStore(database, dialect, jobWriter, time);
        Jobs = jobs;
        Schedule = new RelationalScheduleStore(database, time);
        Access = new RelationalAccessStore(database, dialect);
    }

    public IClientStore Clients { get; }
    public IConnectionStore Connections { get; }
    public IRecordStore Records { get; }
    public IInboxStore Inbox { get; }
    public IJobStore Jobs { get; }
    public IScheduleStore Schedule { get; }
    public IAccessStore Access { get; }
}
