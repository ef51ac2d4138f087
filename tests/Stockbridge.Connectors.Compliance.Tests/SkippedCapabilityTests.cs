using System.Diagnostics;
using System.Xml.Linq;

namespace Stockbridge.Connectors.Compliance.Tests;

/// <summary>
/// Runs <see cref="StallComplianceTests"/> in a child run of this test assembly (xUnit's own command line, with its XML report)
/// and reads what xUnit reported: each capability the stall lacks is a skipped test whose reason names it, nothing fails,
/// and the rest pass.
/// </summary>
public sealed class SkippedCapabilityTests
{
    private static readonly Dictionary<string, string> ExpectedSkips = new(StringComparer.Ordinal)
    {
        ["Snapshots_say_what_the_channel_holds"] = "stall does not declare reconciliation",
        ["Order_index_lists_a_placed_order_and_reads_it_in_full"] = "stall does not declare an order index",
        ["PushFulfillment_puts_the_tracking_number_on_the_channel_order"] = "stall does not declare fulfilments (tracking push)",
        ["Webhook_signed_by_the_channel_verifies_and_a_tampered_or_unsigned_one_does_not"] = "stall does not declare webhooks",
    };

    [Fact]
    public async Task A_limited_channel_run_reports_each_missing_capability_as_skipped_by_name()
    {
        var report = await RunStallComplianceAsync();

        var tests = report.Descendants("test").Select(t => (
            Method: ((string)t.Attribute("name")!).Split('.').Last(),
            Result: (string)t.Attribute("result")!,
            Reason: t.Element("reason")?.Value.Trim() ?? "")).ToList();
        var skipped = tests.Where(t => t.Result == "Skip").ToDictionary(t => t.Method, t => t.Reason, StringComparer.Ordinal);

        Assert.DoesNotContain(tests, t => t.Result != "Pass" && t.Result != "Skip");
        Assert.Equal(ExpectedSkips.OrderBy(s => s.Key), skipped.OrderBy(s => s.Key));
        Assert.True(tests.Count(t => t.Result == "Pass") >= 10, $"only {tests.Count(t => t.Result == "Pass")} of {tests.Count} stall tests passed");
        var assembly = Assert.Single(report.Descendants("assembly"));
        Assert.Equal("4", (string?)assembly.Attribute("skipped"));
        Assert.Equal("0", (string?)assembly.Attribute("failed"));
    }

    private static async Task<XDocument> RunStallComplianceAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("stall-compliance-");
        try
        {
            var xml = Path.Combine(folder.FullName, "stall.xml");
            var run = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { typeof(StallComplianceTests).Assembly.Location, "-class", typeof(StallComplianceTests).FullName!, "-xml", xml, "-noColor", "-noLogo" },
            };
            using var process = Process.Start(run) ?? throw new InvalidOperationException("the child test run did not start");
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var errors = process.StandardError.ReadToEndAsync(ct);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(TimeSpan.FromMinutes(3));
            try { await process.WaitForExitAsync(deadline.Token); }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            Assert.True(File.Exists(xml), $"the child run wrote no report (exit {process.ExitCode}): {await output} {await errors}");
            Assert.True(process.ExitCode == 0, $"the child run exited {process.ExitCode}: {await output} {await errors}");
            return XDocument.Load(xml);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
