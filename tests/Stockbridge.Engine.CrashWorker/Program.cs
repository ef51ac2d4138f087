using Stockbridge.Engine.CrashWorker;

return args switch
{
    ["jobs", var db, var effects] => await JobsMode.RunAsync(db, effects),
    ["intake", var db, var portFile] => await IntakeMode.RunAsync(db, portFile),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: crashworker jobs <hub.db> <effects.db> | intake <hub.db> <port-file>");
    return 2;
}
