using Stockbridge.Bench.Syspro;

// SYSPRO read benchmark. Two steps, each in its own process so the read's peak RSS is the read's alone:
//   dotnet run -c Release --project bench/Stockbridge.Bench.Syspro -- seed --stock-codes 1000000 --db /tmp/syspro-1m.db
//   dotnet run -c Release --project bench/Stockbridge.Bench.Syspro -- read --db /tmp/syspro-1m.db
//   dotnet run -c Release --project bench/Stockbridge.Bench.Syspro -- changes --stock-codes 1000000 --db /tmp/syspro-1m.db
var mode = args.Length > 0 ? args[0] : "read";
var options = BenchArguments.Parse(args.Skip(1).ToArray());
return mode switch
{
    "seed" => await SeedStep.RunAsync(options),
    "read" => await ReadStep.RunAsync(options),
    "changes" => await ChangesStep.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: seed --stock-codes N --db PATH | read --db PATH | changes --stock-codes N --db PATH");
    return 2;
}
