using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Syspro.Settings;
using Stockbridge.Domain.Customers;

namespace Stockbridge.Connectors.Syspro.Database;

/// <summary>Streams ArCustomer rows as customers: all by code, or changed since a TimeStamp watermark, oldest change first.</summary>
internal sealed class CustomerReader(SysproDatabase database, SysproOptions options)
{
    private const string Columns =
        "SELECT Customer, Name, Email, Telephone, PriceCode, CreditLimit, CustomerOnHold, Salesperson, SoldToAddr1, SoldToAddr2, SoldToAddr3, " +
        "SoldPostalCode, ShipToAddr1, ShipToAddr2, ShipToAddr3, ShipPostalCode, TimeStamp FROM ArCustomer ";

    public async IAsyncEnumerable<Customer> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (customer, _) in ReadAsync(Columns + "ORDER BY Customer", null, cancellationToken)) yield return customer;
    }

    public async IAsyncEnumerable<Changed<Customer>> ReadChangedAsync(string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = string.IsNullOrEmpty(cursor) ? -1 : long.Parse(cursor, NumberStyles.None, CultureInfo.InvariantCulture);
        await foreach (var (customer, version) in ReadAsync(Columns + "WHERE TimeStamp > @after ORDER BY TimeStamp", after, cancellationToken))
            yield return new Changed<Customer>(customer, version.ToString(CultureInfo.InvariantCulture));
    }

    private async IAsyncEnumerable<(Customer, long)> ReadAsync(string sql, long? after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = after is null ? SysproDatabase.Command(connection, sql) : SysproDatabase.Command(connection, sql, ("@after", after.Value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return (Map(reader), RowVersion.Read(reader, 16));
    }

    private Customer Map(DbDataReader r)
    {
        string T(int i) => r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!.Trim();
        var name = T(1);
        var onHold = string.Equals(T(6), "Y", StringComparison.OrdinalIgnoreCase);
        Address? Addr(string type, int first) => string.IsNullOrEmpty(T(first)) ? null : new Address
        {
            Type = type, Company = name, Address1 = T(first), Address2 = NullIfEmpty(T(first + 1)), City = NullIfEmpty(T(first + 2)), Zip = NullIfEmpty(T(first + 3)),
        };
        return new Customer
        {
            SourceCustomerCode = T(0),
            FirstName = name, // SYSPRO has one Name field: seed 000 maps it to both first and last name
            LastName = name,
            Company = name,
            Email = NullIfEmpty(T(2)),
            Phone = NullIfEmpty(T(3)),
            PriceTier = NullIfEmpty(T(4)),
            CreditLimit = r.IsDBNull(5) ? null : r.GetDecimal(5),
            OnHold = onHold,
            SalesRep = NullIfEmpty(T(7)),
            Active = !(options.CustomerActiveWhenNotOnHold && onHold),
            Addresses = [.. new[] { Addr("billing", 8), Addr("shipping", 12) }.OfType<Address>()],
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
