using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Stockbridge.Web.Security;

namespace Stockbridge.Cli.Commands;

/// <summary><c>stockbridge tokens create|list|revoke</c>: API tokens of a client (only their hash is stored).</summary>
internal static class TokensCommand
{
    public static Command Create()
    {
        var command = new Command("tokens", "API tokens of a client for /api/v1 (Authorization: Bearer <token>).");
        command.Subcommands.Add(CreateToken());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Revoke());
        return command;
    }

    private static Command CreateToken()
    {
        var name = new Option<string>("--name") { Description = "What the token is for.", Required = true };
        var create = new Command("create", "Create a token; it is printed once and only its hash is kept.") { name };
        create.SetSessionAction(async (session, parse, ct) =>
        {
            var client = await session.ResolveClientAsync(parse, ct);
            try
            {
                var (token, secret) = await AccessProvisioning.CreateTokenAsync(session.Store, client, parse.GetValue(name)!, TimeProvider.System, ct);
                Console.Error.WriteLine($"token {token.Id} ({token.Name}) for client {client}; it is shown once, store it now:");
                Console.Out.WriteLine(secret);
                return 0;
            }
            catch (ArgumentException e)
            {
                throw new CommandException(e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message);
            }
        });
        return create;
    }

    private static Command List()
    {
        var list = new Command("list", "List the client's tokens (never the tokens themselves).");
        list.SetSessionAction(async (session, parse, ct) =>
        {
            var client = await session.ResolveClientAsync(parse, ct);
            var table = new Table().AddColumns("id", "name", "created", "revoked");
            foreach (var token in await session.Store.Access.ListTokensAsync(client, ct))
                table.AddRow(Markup.Escape(token.Id), Markup.Escape(token.Name), token.CreatedAt.ToString("u", CultureInfo.InvariantCulture),
                    token.RevokedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "");
            AnsiConsole.Write(table);
            return 0;
        });
        return list;
    }

    private static Command Revoke()
    {
        var id = new Argument<string>("id") { Description = "The token's id (from tokens list)." };
        var revoke = new Command("revoke", "Revoke a token; requests with it get 401 from then on.") { id };
        revoke.SetSessionAction(async (session, parse, ct) =>
        {
            var client = await session.ResolveClientAsync(parse, ct);
            if (!await session.Store.Access.RevokeTokenAsync(client, parse.GetValue(id)!, TimeProvider.System.GetUtcNow(), ct))
                throw new CommandException($"token {parse.GetValue(id)} is not an active token of client {client}");
            Console.Out.WriteLine($"revoked {parse.GetValue(id)}");
            return 0;
        });
        return revoke;
    }
}
