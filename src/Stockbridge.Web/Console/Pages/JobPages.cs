using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;
using Stockbridge.Web.Console.Html;
using Stockbridge.Web.Operations;
using Stockbridge.Web.Security;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.Web.Console.Pages;

/// <summary>The queue and failed jobs: filter by state, each job with reason, payload and attempts; retry and replay (operator and up).</summary>
internal static class JobPages
{
    public static void Map(IEndpointRouteBuilder console)
    {
        console.MapGet("/jobs", async (string? state, string? connection, long? after, HttpContext context, ClaimsPrincipal user, IStore store) =>
        {
            JobState? wanted = Enum.TryParse<JobState>(state, true, out var s) ? s : null;
            var jobs = await store.Jobs.ListAsync(user.ClientId(), new JobQuery(wanted, null, connection, after, PageLimits.Default), context.RequestAborted);
            var html = new StringBuilder("<p>Show: <a href=\"/console/jobs\">all</a>");
            foreach (var st in Enum.GetValues<JobState>())
                html.Append($" · <a href=\"/console/jobs?state={Lower(st)}\">{Lower(st)}</a>");
            html.Append("</p><table class=\"jobs\"><tr><th>Job</th><th>Kind</th><th>Connection</th><th>State</th><th>Attempts</th><th>Reason</th><th>Updated</th></tr>");
            foreach (var j in jobs)
                html.Append($"<tr><td><a href=\"/console/jobs/{E(j.Id)}\">#{E(j.Id)}</a></td><td>{E(j.Kind)}</td><td>{E(j.ConnectionId)}</td><td>{Badge(Lower(j.State))}</td><td>{E(j.Attempts)}</td><td class=\"reason\">{E(j.LastError)}</td><td>{Time(j.UpdatedAt)}</td></tr>");
            var extra = (wanted is null ? "" : $"&state={Lower(wanted.Value)}") + (connection is null ? "" : $"&connection={Uri.EscapeDataString(connection)}");
            html.Append("</table>").Append(Pager.Next("/console/jobs", jobs.Count, PageLimits.Default, jobs.Count > 0 ? jobs[^1].Id.ToString(CultureInfo.InvariantCulture) : null, extra));
            return Layout.Page(context, wanted is null ? "Jobs" : $"Jobs: {Lower(wanted.Value)}", html.ToString());
        });

        console.MapGet("/jobs/{id:long}", async (long id, string? done, HttpContext context, ClaimsPrincipal user, IStore store) =>
        {
            var job = await store.Jobs.GetAsync(user.ClientId(), id, context.RequestAborted);
            if (job is null) return ConnectionPages.NotFound(context, "job", id.ToString(CultureInfo.InvariantCulture));
            var attempts = await store.Jobs.AttemptsAsync(user.ClientId(), id, context.RequestAborted);
            return Layout.Page(context, $"Job #{id}", Detail(context, job, attempts, done));
        });

        console.MapPost("/jobs/{id:long}/retry", (long id, HttpContext context, ClaimsPrincipal user, IStore store) =>
            Act(id, context, user, store, (s, c, j, ct) => s.Jobs.RetryNowAsync(c, j, ct), "retried")).RequireAuthorization(AuthPolicies.ConsoleOperate);
        console.MapPost("/jobs/{id:long}/replay", (long id, HttpContext context, ClaimsPrincipal user, IStore store) =>
            Act(id, context, user, store, (s, c, j, ct) => s.Jobs.ReplayAsync(c, j, ct), "replayed")).RequireAuthorization(AuthPolicies.ConsoleOperate);
    }

    private static async Task<IResult> Act(long id, HttpContext context, ClaimsPrincipal user, IStore store,
        Func<IStore, string, long, CancellationToken, Task<bool>> action, string done)
    {
        if (await store.Jobs.GetAsync(user.ClientId(), id, context.RequestAborted) is null)
            return ConnectionPages.NotFound(context, "job", id.ToString(CultureInfo.InvariantCulture));
        var changed = await action(store, user.ClientId(), id, context.RequestAborted);
        return Results.LocalRedirect(FormattableString.Invariant($"/console/jobs/{id}?done={(changed ? done : "unchanged")}"));
    }

    private static string Detail(HttpContext context, Job job, IReadOnlyList<JobAttempt> attempts, string? done)
    {
        var html = new StringBuilder(done switch
        {
            null => "",
            "unchanged" => "<p class=\"notice\">Nothing changed: only a failed or succeeded job can be replayed, and only a pending one retried.</p>",
            _ => $"<p class=\"notice\">Job {E(done)}: it is pending again and a worker will pick it up.</p>",
        });
        html.Append($"""
            <table class="job"><tr><th>Kind</th><td>{E(job.Kind)}</td></tr><tr><th>State</th><td class="job-state">{Badge(Lower(job.State))}</td></tr>
            <tr><th>Connection</th><td>{E(job.ConnectionId)}</td></tr><tr><th>Key</th><td>{E(job.Key)}</td></tr>
            <tr><th>Attempts</th><td>{E(job.Attempts)} ({E(job.Failures)} failed)</td></tr><tr><th>Next run</th><td>{Time(job.NextRunAt)}</td></tr>
            <tr><th>Reason</th><td class="reason">{E(job.LastErrorKind)} {E(job.LastError)}</td></tr></table>
            """);
        if (context.User.CanOperate())
        {
            html.Append("<p>");
            if (job.State is JobState.Failed or JobState.Succeeded) html.Append(Forms.PostButton(context, $"/console/jobs/{E(job.Id)}/replay", "Replay"));
            if (job.State is JobState.Pending) html.Append(Forms.PostButton(context, $"/console/jobs/{E(job.Id)}/retry", "Retry now"));
            html.Append("</p>");
        }
        html.Append($"<h2>Payload</h2><pre class=\"payload\">{E(job.Payload)}</pre><h2>Attempts</h2><table><tr><th>#</th><th>Worker</th><th>Started</th><th>Ended</th><th>Outcome</th><th>Error</th></tr>");
        foreach (var a in attempts)
            html.Append($"<tr><td>{E(a.Number)}</td><td>{E(a.Worker)}</td><td>{Time(a.StartedAt)}</td><td>{Time(a.EndedAt)}</td><td>{Badge(a.Outcome)}</td><td>{E(a.Error)}</td></tr>");
        return html.Append("</table>").ToString();
    }

    private static string Lower(JobState state) => state.ToString().ToLowerInvariant();
}
