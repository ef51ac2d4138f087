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
            }
            return Layout.Page(context, "Drift", html.Length == 0 ? "<p>No channel connections.</p>" : html.ToString());
        });
}
