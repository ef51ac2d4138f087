using System.Runtime.InteropServices;
using Stockbridge.Bench.Soak;

var options = SoakOptions.Parse(args);
Console.WriteLine($"soak: {options.Orders:N0} orders, at least {options.MinKills} kills, {options.StockCodes} stock codes, limit {options.Timeout.TotalMinutes:N0} min");
// Ctrl+C or SIGTERM ends the run cleanly: the hub process is killed and the partial figures are still written.
using var interrupt = new CancellationTokenSource();
using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; interrupt.Cancel(); });
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; interrupt.Cancel(); });
var result = await SoakRun.RunAsync(options, TimeProvider.System, interrupt.Token);
var markdown = SoakReport.ToMarkdown(options, result);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
await File.WriteAllTextAsync(options.Out, markdown);
Console.WriteLine(markdown);
Console.WriteLine($"written to {Path.GetFullPath(options.Out)}");
return result.Ok ? 0 : 1;
