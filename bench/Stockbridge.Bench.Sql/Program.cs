using System.Globalization;
using Stockbridge.Bench.Sql;

// stockbridge sql-source bench: seed N variants into a PostgreSQL database, then read them all through the sql connector.
//   seed --variants 1000000 [--admin CS] [--database sql_bench]
//   read --variants 1000000 [--admin CS] [--database sql_bench] [--page-size 1000]
// --admin defaults to $STOCKBRIDGE_TEST_POSTGRES (eng/postgres-test-server.sh start prints one).
var verb = args.FirstOrDefault() ?? "";
string Option(string name, string? fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback ?? throw new ArgumentException($"{name} is required");
var admin = Option("--admin", Environment.GetEnvironmentVariable("STOCKBRIDGE_TEST_POSTGRES"));
var database = Option("--database", "sql_bench");
var variants = int.Parse(Option("--variants", "1000000"), CultureInfo.InvariantCulture);
var pageSize = int.Parse(Option("--page-size", "1000"), CultureInfo.InvariantCulture);
using var cancel = new CancellationTokenSource();
switch (verb)
{
    case "seed":
        var started = System.Diagnostics.Stopwatch.StartNew();
        await BenchDatabase.SeedAsync(admin, database, variants, cancel.Token);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {variants:N0} variants into {database} in {started.Elapsed.TotalSeconds:F1} s"));
        return 0;
    case "read":
        var target = new Npgsql.NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        var result = await ReadBench.RunAsync(target, variants, pageSize, cancel.Token);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {result.Products:N0} products / {result.Variants:N0} variants in {result.Elapsed.TotalSeconds:F1} s = {result.VariantsPerSecond:N0} variants/s (page size {pageSize})"));
        foreach (var sample in result.Samples)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  at {sample.Percent,3} %: working set {sample.WorkingSetMb:F0} MB, GC heap {sample.HeapMb:F1} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {result.PeakWorkingSetMb:F0} MB; GC heap before the read {result.HeapBeforeMb:F1} MB, peak sampled {result.PeakHeapMb:F1} MB"));
        return result.Variants == variants ? 0 : 1;
    default:
        Console.Error.WriteLine("usage: seed|read [--variants N] [--admin CONNECTION-STRING] [--database NAME] [--page-size N]");
        return 2;
}
