using Stockbridge.Bench.Syspro;

// SYSPRO read benchmark. Two steps, each in its own process so the read's peak RSS is the read's alone:
//   dotnet run -c Release --project bench/Stockbridge.Bench.Syspro -- seed --stock-codes 1000000 --db /tmp/syspro-1m.db
//   dotnet run -c Release --project bench/Stockbridge.Bench.Syspro -- read --db /tmp/syspro-1m.db
//   dotnet run -c Release --project bench/Stockbridge.Bench.Syspro -- changes --stock-codes 1000000 --db /tmp/syspro-1m.db
//   dotnet run -c Release --project bench/Stockbridge.Bench.Syspro -- raise --orders 500 --latency-ms 300 --jobs 4
var mode = args.Length > 0 ? args[0] : "read";
if (mode == "raise") return await RaiseStep.RunAsync(RaiseArguments.Parse(args.Skip(1).ToArray()));
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
    Console.Error.WriteLine("usage: seed --stock-codes N --db PATH | read --db PATH | changes --stock-codes N --db PATH | raise --orders N --latency-ms N --jobs N [--timeouts P] [--lines N] [--seats N]");
    return 2;
}
