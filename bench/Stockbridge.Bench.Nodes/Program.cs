using Stockbridge.Bench.Nodes;

var options = BenchOptions.Parse(args);
var rows = new List<BenchRow>();
foreach (var nodes in (int[])[1, 2, 3]) rows.Add(await NodesRun.RunAsync(options, postgres: true, nodes));
rows.Add(await NodesRun.RunAsync(options, postgres: false, nodes: 1));
Console.WriteLine(Report.ToMarkdown(options, rows));
return 0;
