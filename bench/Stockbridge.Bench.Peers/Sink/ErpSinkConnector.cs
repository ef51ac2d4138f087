using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Bench.Peers.Sink;

/// <summary>
/// Bench-only source: no products, the peers' 10 customers, and orders raised by POSTing the SORTOI-style XML to the
/// peers' ERP sink (<c>sink.js</c>). The sink cannot be queried, so <see cref="FindRaisedOrderAsync"/> finds nothing:
/// a raise whose outcome was unknown is sent again (at least once; the sink counts every delivery).
/// </summary>
internal sealed class ErpSinkConnector(ConnectionContext context, HttpClient http) : ISourceConnector, IOrderRaiser
{
    private readonly Uri _url = new(context.Settings[ErpSinkManifest.SinkUrl]);

    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectionTestResult([new ConnectionCheck("sink", true, $"deliveries go to {_url}")]));

    public async IAsyncEnumerable<Product> ReadProductsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield break;
    }

    public async IAsyncEnumerable<Customer> ReadCustomersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        foreach (var customer in PeerCustomers.All()) yield return customer;
    }

    public async Task<RaisedOrder> RaiseOrderAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        using var content = new StringContent(SalesOrderXml.Build(order), Encoding.UTF8, "application/xml");
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(_url, content, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new TransientConnectorException($"The ERP sink did not answer: {ex.Message}", ex, outcomeUnknown: true);
        }
        using (response)
        {
            if (response.IsSuccessStatusCode) return new RaisedOrder("SINK-" + order.ChannelOrderCode, order.ChannelOrderCode);
            if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout)
                throw new TransientConnectorException($"The ERP sink answered {(int)response.StatusCode}.", outcomeUnknown: true);
            throw new PermanentConnectorException($"The ERP sink answered {(int)response.StatusCode}.");
        }
    }

    public Task<RaisedOrder?> FindRaisedOrderAsync(string channelOrderCode, CancellationToken cancellationToken) =>
        Task.FromResult<RaisedOrder?>(null);
}
