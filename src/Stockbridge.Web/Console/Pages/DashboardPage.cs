using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;
using Stockbridge.Web.Console.Dashboard;
using Stockbridge.Web.Console.Html;
using Stockbridge.Web.Security;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.Web.Console.Pages;

/// <summary>The dashboard: totals, and charts of records synced, orders raised and failures per hour (24 h) or per day (14 days).</summary>
internal static class DashboardPage
{
    public static void Map(IEndpointRouteBuilder console) =>
        console.MapGet("/", async (string? by, HttpContext context, ClaimsPrincipal user, IStore store, DashboardStats stats) =>
        {
            var ct = context.RequestAborted;
            var clientId = user.ClientId();
            var daily = by == "day";
            var series = await stats.LoadAsync(clientId, daily ? TimeSpan.FromDays(1) : TimeSpan.FromHours(1), daily ? 14 : 24, ct);
            var counts = await store.Jobs.CountByStateAsync(clientId, ct);
            var body = new StringBuilder("<div class=\"cards\">");
            body.Append(Card("Connections", (await store.Connections.ListAsync(clientId, ct)).Count, "/console/connections"));
            body.Append(Card("Products", await store.Records.CountAsync(clientId, RecordEntity.Product, ct), "/console/products"));
            body.Append(Card("Customers", await store.Records.CountAsync(clientId, RecordEntity.Customer, ct), "/console/customers"));
            body.Append(Card("Orders", await store.Records.CountAsync(clientId, RecordEntity.Order, ct), "/console/orders"));
            body.Append(Card("Jobs pending", counts.GetValueOrDefault(JobState.Pending), "/console/jobs?state=pending"));
            body.Append(Card("Jobs failed", counts.GetValueOrDefault(JobState.Failed), "/console/jobs?state=failed"));
            body.Append(Card("Jobs parked", counts.GetValueOrDefault(JobState.Parked), "/console/jobs?state=parked"));
            body.Append("</div><h2>Activity ").Append(daily ? "per day, last 14 days" : "per hour, last 24 hours").Append(" (UTC)</h2>");
            body.Append(daily ? "<p><a href=\"/console?by=hour\">Per hour</a></p>" : "<p><a href=\"/console?by=day\">Per day</a></p>");
            foreach (var s in series) body.Append("<div>").Append(SvgBarChart.Render(s, daily ? "MM-dd" : "HH:00")).Append("</div>");
            return Layout.Page(context, "Dashboard", body.ToString());
        });

    private static string Card(string title, long count, string href) =>
        $"<a class=\"card\" href=\"{E(href)}\"><b>{E(count)}</b>{E(title)}</a>";
}
