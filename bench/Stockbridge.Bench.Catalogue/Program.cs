using System.Runtime.InteropServices;
using Stockbridge.Bench.Catalogue;

// Catalogue benchmark (docs/benchmarks.md, "Catalogue: 100,000 variants, SYSPRO → hub → Shopify"):
//   dotnet bench/Stockbridge.Bench.Catalogue/bin/Release/net10.0/Stockbridge.Bench.Catalogue.dll --variants 100000 --plan plus
// It stops by itself: at the end of the three steps, or at --timeout-minutes (default 90), or on Ctrl+C / SIGTERM.
var options = CatalogueOptions.Parse(args);
using var stop = new CancellationTokenSource(options.Timeout);
using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
var result = await CatalogueRun.RunAsync(options, TimeProvider.System, stop.Token);
var markdown = CatalogueReport.ToMarkdown(options, result);
Console.WriteLine();
Console.WriteLine(markdown);
if (options.Out is { } out_)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(out_))!);
    await File.WriteAllTextAsync(out_, markdown);
    Console.WriteLine($"written to {Path.GetFullPath(out_)}");
}
return result.Ok ? 0 : 1;
