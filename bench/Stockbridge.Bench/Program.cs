using Stockbridge.Bench;

var webhooks = Argument(args, "--webhooks", 5000);
var jobs = Argument(args, "--jobs", 5000);
var concurrency = Argument(args, "--concurrency", 32);
var report = new BenchReport(MachineInfo.Describe());
foreach (var groupCommit in (bool[])[true, false])
    report.Add(await IngestBench.RunAsync(webhooks, concurrency, groupCommit));
report.Add(await JobBench.RunAsync(jobs, slots: 8));
report.Add(await JobBench.RunWebhookProcessAsync(webhooks / 2, slots: 8));
Console.WriteLine(report.ToMarkdown(webhooks, jobs, concurrency));
return 0;

static int Argument(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
