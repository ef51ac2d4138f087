using Stockbridge.Storage.CrashWriter;

return args switch
{
    ["append", var db, var clientId, var connectionId] => await AppendMode.RunAsync(db, clientId, connectionId),
    ["claim", var db, var worker] => await ClaimMode.RunAsync(db, worker),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: crashwriter append <hub.db> <client> <connection> | claim <hub.db> <worker>");
    return 2;
}
