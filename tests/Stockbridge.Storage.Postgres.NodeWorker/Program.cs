using Stockbridge.Storage.Postgres.NodeWorker;

return args switch
{
    ["prepare", var store] => await PrepareMode.RunAsync(store),
    ["node", var store, var name, .. var options] => await NodeMode.RunAsync(store, name, NodeOptions.Parse(options)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: nodeworker prepare <store> | node <store> <name> [--slots N] [--no-pull] [--no-effects] [--work-ms N]");
    Console.Error.WriteLine("  <store>: a PostgreSQL connection string (Host=...) or a SQLite file path");
    return 2;
}
