using Stockbridge.Bench.Soak;

var options = SoakOptions.Parse(args);
Console.WriteLine($"soak: {options.Orders:N0} orders, at least {options.MinKills} kills, {options.StockCodes} stock codes, limit {options.Timeout.TotalMinutes:N0} min");
var result = await SoakRun.RunAsync(options, TimeProvider.System);
var markdown = SoakReport.ToMarkdown(options, result);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
await File.WriteAllTextAsync(options.Out, markdown);
Console.WriteLine(markdown);
Console.WriteLine($"written to {Path.GetFullPath(options.Out)}");
return result.Ok ? 0 : 1;
