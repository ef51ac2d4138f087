using System.Data.Common;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Sql.Database;
using Stockbridge.Connectors.Sql.Mapping;
using Stockbridge.Connectors.Sql.Settings;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Sql.Orders;

/// <summary>
/// Raises a channel order exactly once: the look-up query (read-only login) first; only when it finds nothing, the header
/// and line statements in one transaction on the order login; then the look-up again for the ERP's order number. A statement
/// the ERP refuses (a constraint, an unknown stock code) rolls everything back and is a permanent error with the engine's
/// message; a concurrent raise that won the race is found by the look-up and returned.
/// </summary>
public sealed class OrderRaising(SqlSettings settings, SqlConnections connections, TimeProvider time)
{
    /// <summary>The look-up query's parameter.</summary>
    public const string LookupParameter = "@channel_order_code";

    /// <summary>The order already raised for <paramref name="channelOrderCode"/>, or null.</summary>
    public async Task<RaisedOrder?> FindAsync(string channelOrderCode, CancellationToken cancellationToken)
    {
        var query = settings.OrderLookupQuery is { Length: > 0 } q ? q
            : throw new PermanentConnectorException("This connection has no order look-up query, so it raises no orders.");
        await using var session = await SqlReadSession.OpenAsync(connections, cancellationToken);
        await using var command = session.Command(PageSql.Trimmed(query), [new(LookupParameter, channelOrderCode)], timeoutSeconds: 60);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var shape = QueryShape.Of(reader);
            var ordinal = shape.Ordinal(OrderLookupColumns.OrderCode);
            if (ordinal < 0) throw new PermanentConnectorException($"The order look-up query returns no column '{OrderLookupColumns.OrderCode}'.");
            if (!await reader.ReadAsync(cancellationToken)) return null;
            var code = ColumnValues.Text(reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal))
                ?? throw new PermanentConnectorException($"The order look-up query returned an empty {OrderLookupColumns.OrderCode} for '{channelOrderCode}'.");
            return new RaisedOrder(code, channelOrderCode);
        }
        catch (DbException e)
        {
            throw SqlErrors.Translate(e, $"The order look-up query failed for '{channelOrderCode}'");
        }
    }

    /// <summary>Raises the order (or returns the one already raised for its channel order code).</summary>
    public async Task<RaisedOrder> RaiseAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!settings.RaisesOrders) throw new PermanentConnectorException("This connection has no order look-up query and line statement, so it raises no orders.");
        if (await FindAsync(order.ChannelOrderCode, cancellationToken) is { } already) return already;
        var customer = order.SourceCustomerCode is { Length: > 0 } c ? c
            : throw new PermanentConnectorException($"Order '{order.ChannelOrderCode}' has no source customer code (the order rules resolved none).");
        if (order.LineItems.IsEmpty) throw new PermanentConnectorException($"Order '{order.ChannelOrderCode}' has no lines.");

        await using var connection = await connections.OpenAsync(connections.CreateWriter(), cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        try
        {
            var nets = OrderValue.LineNets(order);
            if (!string.IsNullOrWhiteSpace(settings.OrderHeaderStatement))
            {
                await RunAsync(connection, transaction, settings.OrderHeaderStatement, new()
                {
                    ["@channel_order_code"] = order.ChannelOrderCode,
                    ["@customer_code"] = customer,
                    ["@email"] = order.Customer?.Email,
                    ["@order_date"] = (order.PlacedAt ?? time.GetUtcNow()).UtcDateTime,
                    ["@shipping_ex_tax"] = OrderValue.Shipping(order),
                    ["@total_ex_tax"] = OrderValue.ExTax(order),
                }, cancellationToken);
            }
            for (var i = 0; i < order.LineItems.Length; i++)
            {
                var line = order.LineItems[i];
                await RunAsync(connection, transaction, settings.OrderLineStatement!, new()
                {
                    ["@channel_order_code"] = order.ChannelOrderCode,
                    ["@line_number"] = i + 1,
                    ["@sku"] = line.Sku,
                    ["@qty"] = line.Qty,
                    ["@unit_price_ex_tax"] = line.Price,
                    ["@line_net_ex_tax"] = nets[i],
                }, cancellationToken);
            }
        }
        catch (DbException e)
        {
            await RollbackAsync(transaction);
            if (SqlErrors.IsConstraintViolation(e) && await FindAsync(order.ChannelOrderCode, cancellationToken) is { } raced) return raced;
            throw SqlErrors.IsConstraintViolation(e)
                ? new PermanentConnectorException($"The ERP refused order '{order.ChannelOrderCode}': {SqlErrors.Describe(e)}", SqlErrors.Code(e))
                : SqlErrors.Translate(e, $"Raising order '{order.ChannelOrderCode}' failed (rolled back)");
        }
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw SqlErrors.Translate(e, $"Committing order '{order.ChannelOrderCode}' failed; whether it was raised is unknown", outcomeUnknown: true) is var error
                && error is PermanentConnectorException ? new TransientConnectorException(error.Message, e, outcomeUnknown: true) : error;
        }
        return await FindAsync(order.ChannelOrderCode, cancellationToken) ?? throw new PermanentConnectorException(
            $"The order statements ran for '{order.ChannelOrderCode}', but the order look-up query does not find it: the look-up and the statements disagree.");
    }

    private async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try { return await connection.BeginTransactionAsync(cancellationToken); }
        catch (DbException e) { throw SqlErrors.Translate(e, $"Could not start the order transaction on {connections.Describe()}"); }
    }

    private static async Task RunAsync(DbConnection connection, DbTransaction transaction, string sql, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = PageSql.Trimmed(sql);
        command.CommandTimeout = 60;
        foreach (var (name, value) in parameters.Where(p => sql.Contains(p.Key, StringComparison.OrdinalIgnoreCase)))
            SqlParameters.Add(command, name, value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task RollbackAsync(DbTransaction transaction)
    {
        try { await transaction.RollbackAsync(CancellationToken.None); }
        catch (DbException) { /* the connection is gone: the server rolls back */ }
        catch (InvalidOperationException) { /* already completed */ }
    }
}
