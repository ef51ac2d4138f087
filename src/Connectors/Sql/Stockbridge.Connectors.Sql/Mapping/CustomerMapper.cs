using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.Sql.Database;
using Stockbridge.Domain.Customers;

namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>Maps the customers query's rows; a row with an unusable value is left out and logged with the column and what is wrong.</summary>
public sealed class CustomerMapper(ILogger logger)
{
    /// <summary>The row's customer, or null when a value is unusable.</summary>
    public Customer? Map(SqlRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        try
        {
            var active = RowReader.Flag(row, "customer_active", empty: true);
            if (active is FlagValue.Unknown or FlagValue.Ignore) throw new RowProblemException("customer_active", $"is '{row["customer_active"]}'; it must be true or false");
            return new Customer
            {
                SourceCustomerCode = RowReader.RequiredText(row, CustomerColumns.Code),
                Email = RowReader.Text(row, "email"),
                FirstName = RowReader.Text(row, "first_name"),
                LastName = RowReader.Text(row, "last_name"),
                Company = RowReader.Text(row, "company"),
                Phone = RowReader.Text(row, "phone"),
                Active = active == FlagValue.True,
                PriceTier = RowReader.Text(row, "price_tier")?.ToLowerInvariant(),
                CreditLimit = RowReader.Number(row, "credit_limit"),
            };
        }
        catch (RowProblemException e)
        {
            logger.LogWarning("The customers query's customer '{Code}' is not read: {Problem}", ColumnValues.Text(row[CustomerColumns.Code]), e.Message);
            return null;
        }
    }
}
