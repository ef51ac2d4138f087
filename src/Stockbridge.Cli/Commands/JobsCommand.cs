using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Cli.Commands;

/// <summary><c>stockbridge jobs list|show|retry|replay</c>.</summary>
internal static class JobsCommand
{
    public static Command Create()
    {
        var command = new Command("jobs", "Inspect jobs and their attempts; retry a waiting job now or replay a failed one.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Act("retry", "Run a job that is waiting on its backoff now.", (s, client, id, ct) => s.Store.Jobs.RetryNowAsync(client, id, ct), "is not pending"));
        command.Subcommands.Add(Act("replay", "Run a failed (dead-lettered) or finished job again.", (s, client, id, ct) => s.Store.Jobs.ReplayAsync(client, id, ct), "is running or does not exist"));
        return command;
    }

    private static Command List()
    {
        var state = new Option<JobState?>("--state") { Description = "Only jobs in this state (pending, running, succeeded, failed, superseded, parked)." };
        var kind = new Option<string?>("--kind") { Description = "Only jobs of this kind." };
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 50 };
        var list = new Command("list", "List jobs, newest first.") { state, kind, limit };
        list.SetSessionAction(async (session, parse, ct) =>
        {
            var client = await session.ResolveClientAsync(parse, ct);
            var jobs = await session.Store.Jobs.ListAsync(client, new JobQuery(parse.GetValue(state), parse.GetValue(kind), Limit: parse.GetValue(limit)), ct);
            var table = new Table().AddColumns("id", "kind", "key", "state", "attempts", "next run", "last error");
            foreach (var job in jobs)
            {
                table.AddRow(
                    job.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(job.Kind), Markup.Escape(job.Key ?? ""), StateMarkup(job.State),
                    job.Attempts.ToString(CultureInfo.InvariantCulture), job.NextRunAt.ToString("u", CultureInfo.InvariantCulture),
                    Markup.Escape(Truncate(job.LastError, 80)));
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return list;
    }

    private static Command Show()
    {
        var id = new Argument<long>("id") { Description = "The job's id." };
        var show = new Command("show", "Show a job: payload, state, reason and every attempt.") { id };
        show.SetSessionAction(async (session, parse, ct) =>
        {
            var client = await session.ResolveClientAsync(parse, ct);
            var job = await session.Store.Jobs.GetAsync(client, parse.GetValue(id), ct)
                ?? throw new CommandException($"job {parse.GetValue(id)} not found for client {client}");
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("id", job.Id.ToString(CultureInfo.InvariantCulture));
            grid.AddRow("kind", Markup.Escape(job.Kind));
            grid.AddRow("connection", Markup.Escape(job.ConnectionId ?? "-"));
            grid.AddRow("key", Markup.Escape(job.Key ?? "-"));
            grid.AddRow("state", StateMarkup(job.State));
            grid.AddRow("attempts", $"{job.Attempts} ({job.Failures} failed)");
            grid.AddRow("next run", job.NextRunAt.ToString("u", CultureInfo.InvariantCulture));
            grid.AddRow("last error", Markup.Escape(job.LastError is null ? "-" : $"[{job.LastErrorKind}] {job.LastError}"));
            grid.AddRow("payload", Markup.Escape(job.Payload));
            AnsiConsole.Write(grid);
            var attempts = new Table().Title("attempts").AddColumns("#", "worker", "started", "ended", "outcome", "error");
            foreach (var a in await session.Store.Jobs.AttemptsAsync(client, job.Id, ct))
            {
                attempts.AddRow(a.Number.ToString(CultureInfo.InvariantCulture), Markup.Escape(a.Worker), a.StartedAt.ToString("u", CultureInfo.InvariantCulture),
                    a.EndedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-", Markup.Escape(a.Outcome), Markup.Escape(a.Error ?? ""));
            }
            AnsiConsole.Write(attempts);
            return 0;
        });
        return show;
    }

    private static Command Act(string name, string description, Func<HubSession, string, long, CancellationToken, Task<bool>> act, string refusal)
    {
        var id = new Argument<long>("id") { Description = "The job's id." };
        var command = new Command(name, description) { id };
        command.SetSessionAction(async (session, parse, ct) =>
        {
            var client = await session.ResolveClientAsync(parse, ct);
            var jobId = parse.GetValue(id);
            if (!await act(session, client, jobId, ct)) throw new CommandException($"job {jobId} {refusal}; nothing changed");
            Console.WriteLine($"job {jobId}: queued to run now");
            return 0;
        });
        return command;
    }

    private static string StateMarkup(JobState state) => state switch
    {
        JobState.Failed => "[red]failed[/]",
        JobState.Succeeded => "[green]succeeded[/]",
        JobState.Running => "[blue]running[/]",
        JobState.Parked => "[yellow]parked[/]",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static string Truncate(string? text, int max) => text is null ? "" : text.Length <= max ? text : text[..max] + "…";
}
