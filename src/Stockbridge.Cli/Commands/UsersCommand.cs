using System.CommandLine;
using System.Security.Cryptography;
using Spectre.Console;
using Stockbridge.Storage.Access;
using Stockbridge.Web.Security;

namespace Stockbridge.Cli.Commands;

/// <summary><c>stockbridge users add|list</c>: console users of a client.</summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "Console users of a client (roles: admin, operator, viewer).");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Add()
    {
        var email = new Option<string>("--email") { Description = "The user's email (their login name).", Required = true };
        var role = new Option<string>("--role") { Description = "admin, operator or viewer.", DefaultValueFactory = _ => AccessRoles.Viewer };
        role.AcceptOnlyFromAmong([.. AccessRoles.All]);
        var fromStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input; without it a random one is made and printed once." };
        var add = new Command("add", "Add a user to the client (or reset an existing user's password and role).") { email, role, fromStdin };
        add.SetSessionAction(async (session, parse, ct) =>
        {
            var client = await session.ResolveClientAsync(parse, ct);
            var password = parse.GetValue(fromStdin) ? (Console.In.ReadLine() ?? "").TrimEnd('\r', '\n') : Generate();
            try
            {
                var user = await AccessProvisioning.AddUserAsync(session.Store, client, parse.GetValue(email)!, password, parse.GetValue(role)!, TimeProvider.System, ct);
                AnsiConsole.MarkupLine($"user [bold]{Markup.Escape(user.Email)}[/] ({Markup.Escape(user.Role)}) can sign in to client {Markup.Escape(client)} at /console");
                if (!parse.GetValue(fromStdin)) AnsiConsole.MarkupLine($"password (shown once): [bold]{Markup.Escape(password)}[/]");
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                throw new CommandException(e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message);
            }
        });
        return add;
    }

    private static Command List()
    {
        var list = new Command("list", "List the client's users.");
        list.SetSessionAction(async (session, parse, ct) =>
        {
            var client = await session.ResolveClientAsync(parse, ct);
            var table = new Table().AddColumns("email", "role", "created");
            foreach (var user in await session.Store.Access.ListUsersAsync(client, ct))
                table.AddRow(Markup.Escape(user.Email), Markup.Escape(user.Role), user.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            return 0;
        });
        return list;
    }

    private static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
}
