using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Stockbridge.Sync.Orders;
using Stockbridge.Sync.Queries;

namespace Stockbridge.Cli.Commands;

/// <summary><c>stockbridge orders show &lt;channel_order_code&gt;</c>: an order's state and its history across systems.</summary>
internal static class OrdersCommand
{
    public static Command Create()
    {
        var command = new Command("orders", "Channel orders as the hub holds them.");
        var code = new Argument<string>("channel_order_code") { Description = "The order's code on the channel, e.g. #1001." };
        var show = new Command("show", "Show an order's state, its ERP order number and its history across systems.") { code };
        show.SetSessionAction(async (session, parse, ct) =>
        {
            var client = await session.ResolveClientAsync(parse, ct);
            await using var services = HubServices.ForQueries(session.Store);
            var found = await services.GetRequiredService<OrderHistoryQuery>().FindAsync(client, parse.GetValue(code)!, ct);
            if (found.Count == 0) throw new CommandException($"no order {parse.GetValue(code)} for client {client}");
            foreach (var order in found) Print(order);
            return 0;
        });
        command.Subcommands.Add(show);
        return command;
    }

    private static void Print(OrderHistory order)
    {
        var o = order.Order;
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("order", Markup.Escape($"{o.ChannelOrderCode} on {order.ConnectionId}"));
        grid.AddRow("state", order.State == Domain.Orders.OrderState.Failed ? "[red]failed[/]" : Markup.Escape(order.State.ToString().ToLowerInvariant()));
        grid.AddRow("ERP order", Markup.Escape(order.SourceOrderCode ?? "-"));
        if (order.FailureReason is { } reason) grid.AddRow("reason", Markup.Escape(reason));
        grid.AddRow("customer", Markup.Escape(o.SourceCustomerCode ?? o.Customer?.Email ?? "-"));
        grid.AddRow("lines", Markup.Escape(string.Join(", ", o.LineItems.Select(l => $"{l.Qty.ToString(CultureInfo.InvariantCulture)} x {l.Sku} @ {l.Price.ToString(CultureInfo.InvariantCulture)}"))));
        foreach (var f in o.Fulfillments ?? [])
        {
            grid.AddRow("shipment", Markup.Escape($"{f.ShipmentId} on {f.FulfillmentConnection}: {f.Status}"
                + (f.TrackingNumber is { } number ? $", tracking {number}" : "") + (f.TrackingCompany is { } company ? $" ({company})" : "")
                + (f.TrackingUrl is { } url ? $" {url}" : "")));
        }
        foreach (var r in o.Refunds ?? [])
            grid.AddRow("refund", Markup.Escape($"{RefundText.Describe(r)}: {r.Status}" + (r.Result is { } result ? $" ({result})" : "")));
        AnsiConsole.Write(grid);
        var history = new Table().Title("history across systems").AddColumns("when", "what", "connection", "job", "detail");
        foreach (var a in order.History)
        {
            history.AddRow(a.At.ToString("u", CultureInfo.InvariantCulture), Markup.Escape(a.Action), Markup.Escape(a.ConnectionId ?? "-"),
                a.JobId?.ToString(CultureInfo.InvariantCulture) ?? "-", Markup.Escape(a.Detail));
        }
        AnsiConsole.Write(history);
    }
}
