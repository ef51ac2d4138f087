using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Serialization;
using Stockbridge.Mapping.Orders;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;

namespace Stockbridge.Sync.Orders;

/// <summary>Builds the <see cref="CustomerDirectory"/> order rules resolve accounts against, from the client's hub customers.</summary>
public sealed class CustomerDirectoryReader(IStore store)
{
    private const int PageSize = 500;

    /// <summary>Every hub customer of the client as an account.</summary>
    public async Task<CustomerDirectory> ReadAsync(string clientId, CancellationToken cancellationToken)
    {
        var accounts = new List<CustomerAccount>();
        string? after = null;
        while (true)
        {
            var page = await store.Records.ListAsync(clientId, RecordEntity.Customer, after, PageSize, cancellationToken);
            foreach (var record in page)
            {
                var customer = WireJson.Deserialize<Customer>(record.Json);
                accounts.Add(new CustomerAccount(customer.SourceCustomerCode, customer.Email, customer.SalesRep, customer.Active && !customer.OnHold));
            }
            if (page.Count < PageSize) return new CustomerDirectory(accounts);
            after = page[^1].Key;
        }
    }
}
