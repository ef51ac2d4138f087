using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Sync.Queries;
using Stockbridge.Web.Console.Html;
using Stockbridge.Web.Security;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.Web.Console.Pages;

/// <summary>The drift report: per channel, what the last reconcile sweep found, what was healed, and examples.</summary>
internal static class DriftPage
{
    private static string Money(decimal value) => E(value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));

    public static void Map(IEndpointRouteBuilder console) =>
        console.MapGet("/drift", async (HttpContext context, ClaimsPrincipal user) =>
        {
            var query = context.RequestServices.GetService<DriftReportQuery>();
            if (query is null) return Layout.Page(context, "Drift", "<p>This hub runs without the sync pipeline, so there are no reconcile sweeps to report.</p>");
            var html = new StringBuilder();
            foreach (var report in await query.ForClientAsync(user.ClientId(), context.RequestAborted))
            {
                html.Append($"<h2>{E(report.ConnectionName)} <small>({E(report.ConnectionId)})</small></h2>");
                if (report.LastSweepAt is null)
                {
                    html.Append("<p>Not swept yet.</p>");
                    continue;
                }
                html.Append($"<p class=\"drift-summary\">Last sweep {Time(report.LastSweepAt)}: {E(report.Checked)} checked, {E(report.Drifted)} drifted, {E(report.Healed)} healed, {E(report.OrdersTakenIn)} missed orders taken in.</p>");
                html.Append("<table><tr><th>Product</th><th>SKU</th><th>Difference</th></tr>");
                foreach (var f in report.Examples)
                    html.Append($"<tr><td><a href=\"/console/products/{Seg(f.ProductCode)}\">{E(f.ProductCode)}</a></td><td>{E(f.Sku)}</td><td>{E(f.Detail)}</td></tr>");
                html.Append("</table>");
                html.Append(report.ValuesSkipped is { } why
                    ? $"<p class=\"value-summary\">Order values not compared: {E(why)}.</p>"
                    : $"<p class=\"value-summary\">{E(report.OrdersValued)} raised orders valued against the source: {E(report.ValueDifferences)} {(report.ValueDifferences == 1 ? "differs" : "differ")} from what the channel charged.</p>");
                if (report.ValueFindings is { Count: > 0 } findings)
                {
                    html.Append("<table class=\"value-drift\"><tr><th>Order</th><th>Source order</th><th>Channel charged (ex tax)</th><th>Source holds</th><th>Difference</th><th>Lines that differ</th></tr>");
                    foreach (var v in findings)
                        html.Append($"<tr><td>{E(v.ChannelOrderCode)}</td><td>{E(v.SourceOrderCode)}</td><td>{Money(v.ChannelValue)}</td><td>{(v.SourceValue is { } held ? Money(held) : "missing")}</td><td class=\"bad\">{v.Difference.ToString("+0.00;-0.00;0.00", System.Globalization.CultureInfo.InvariantCulture)}</td><td>{E(string.Join("; ", v.Lines))}</td></tr>");
                    html.Append("</table>");
                }
            }
            return Layout.Page(context, "Drift", html.Length == 0 ? "<p>No channel connections.</p>" : html.ToString());
        });
}
