using System.Globalization;
using System.Text;

namespace Stockbridge.Bench.Soak;

/// <summary>The soak's result as Markdown: verdict first, then the figures, the machine and how to reproduce it.</summary>
internal static class SoakReport
{
    public static string ToMarkdown(SoakOptions options, SoakResult r)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"## Verdict: {(r.Ok ? "OK" : "NOT OK")}").AppendLine();
        if (r.Failure is not null) md.AppendLine(CultureInfo.InvariantCulture, $"**{r.Failure}**").AppendLine();
        if (r.Verdict is { } v)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"SYSPRO holds exactly one sales order for {v.OrdersRaisedOnce:N0} of {v.OrdersPlaced:N0} Shopify orders; " +
                $"{v.OrdersMarked:N0} Shopify orders carry their sales order number; {v.SkusChecked:N0} SKUs' Shopify stock compared with the hub's projection; " +
                $"{v.Problems.Count:N0} problems.").AppendLine();
            foreach (var problem in v.Problems.Take(20)) md.AppendLine(CultureInfo.InvariantCulture, $"- {problem}");
            if (v.Problems.Count > 0) md.AppendLine();
        }
        md.AppendLine("| Figure | Value |").AppendLine("|---|---|");
        Row(md, "Orders placed (signed `orders/create` webhooks)", $"{r.OrdersPlaced:N0} of {options.Orders:N0}");
        Row(md, "Orders raised in SYSPRO", $"{r.OrdersRaised:N0}");
        Row(md, "Wall time (simulators up to verdict)", Time(r.WallTime));
        Row(md, "Placing the orders", Time(r.PlacingTime));
        Row(md, "First order placed → every order in SYSPRO", r.RaiseWindow is { } w ? Time(w) : "not reached");
        Row(md, "Orders/s raised end to end", r.OrdersPerSecond is { } rate ? $"**{rate:N1}**" : "n/a");
        Row(md, "Hub SIGKILLs (starts)", $"{r.Kills} ({r.Starts})");
        Row(md, "Killing phase (first order → last kill) / orders in SYSPRO when it ended", $"{Time(r.KillingTime)} / {r.RaisedWhileKilling:N0}");
        Row(md, "SYSPRO faults injected", Faults(r));
        if (r.Webhooks is { } wh)
        {
            Row(md, "Order webhooks sent by the Shopify simulator", $"{wh.Deliveries:N0}");
            Row(md, "… retried by the simulator (hub down or slow)", $"{wh.Retried:N0} ({wh.FailedAttempts:N0} failed attempts, {wh.Abandoned:N0} abandoned)");
        }
        if (r.Hub is { } hub)
        {
            Row(md, "Orders taken in by webhook / by the order poll / other", $"{hub.IntakeByWebhook:N0} / {hub.IntakeByPoll:N0} / {hub.IntakeOther:N0}");
            Row(md, "Failed (dead-lettered) jobs", $"{hub.FailedJobs:N0}");
        }
        md.AppendLine();
        if (r.Hub is { FailedSamples.Count: > 0 } h)
        {
            md.AppendLine("Failed jobs (up to 10):").AppendLine();
            foreach (var line in h.FailedSamples) md.AppendLine(CultureInfo.InvariantCulture, $"- `{line.ReplaceLineEndings(" ")}`");
            md.AppendLine();
        }
        md.AppendLine(CultureInfo.InvariantCulture, $"Settings: {options.Orders:N0} orders, at least {options.MinKills} kills, kill until {(options.KillUntilRaised ? "raised" : "placed")}, {options.StockCodes} stock codes, " +
            $"hard limit {options.Timeout.TotalMinutes:N0} min (verification {options.VerifyTimeout.TotalMinutes:N0} min).").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Machine: {r.Machine}; load average {r.LoadAtStart} at start, {r.LoadAtEnd} at end.");
        return md.ToString();
    }

    private static string Faults(SoakResult r) => r.Faults.Count == 0 ? "none"
        : $"{r.Faults.Values.Sum():N0}: " + string.Join(", ", r.Faults.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value:N0}"));

    private static string Time(TimeSpan t) => t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes} min {t.Seconds} s" : $"{t.TotalSeconds:N1} s";

    private static void Row(StringBuilder md, string name, string value) => md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value} |");
}
