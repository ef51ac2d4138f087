using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Connectors.Magento1.Soap;

namespace Stockbridge.Connectors.Magento1;

/// <summary>
/// The Magento 1 (OpenMage) sales channel over the SOAP v2 API, through a WCF client: products (configurables with their
/// simples), prices, stock and status pushed by SKU; orders polled with <c>salesOrderList</c> on <c>updated_at</c>; the
/// ERP's order number written back as an order comment; shipments with tracking; snapshots for the reconcile sweep.
/// </summary>
public sealed partial class Magento1Connector(Magento1Settings settings, MagentoSoapGateway soap)
    : IChannelConnector, ISupportsOrderIndex, ISupportsReconciliation, ISupportsFulfillmentPush, IAsyncDisposable
{
    /// <summary>How a comment naming the ERP's order number starts (<c>ERP order: SO-1001</c>).</summary>
    public const string ErpOrderCommentPrefix = "ERP order: ";

    /// <summary>The SOAP gateway (its login count shows the re-login path).</summary>
    public MagentoSoapGateway Soap => soap;

    /// <inheritdoc />
    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            await soap.LoginAsync(cancellationToken);
        }
        catch (ConnectorException e)
        {
            return new([new ConnectionCheck("login", false, $"{settings.SoapEndpoint}: {e.Message}")]);
        }
        try
        {
            var sets = await soap.CallAsync("catalogProductAttributeSetList", writes: false, (c, s) => c.CatalogProductAttributeSetListAsync(s), cancellationToken);
            var found = sets.Any(set => set.SetId == settings.AttributeSetId);
            return new(
            [
                new ConnectionCheck("login", true, $"API user {settings.ApiUser} logged in at {settings.SoapEndpoint}"),
                new ConnectionCheck("attribute set", found, found
                    ? $"attribute set {settings.AttributeSetId} exists"
                    : $"attribute set {settings.AttributeSetId} is not one of the store's ({string.Join(", ", sets.Select(set => $"{set.SetId} {set.Name}"))})"),
            ]);
        }
        catch (ConnectorException e)
        {
            return new([new ConnectionCheck("login", true, $"API user {settings.ApiUser} logged in"), new ConnectionCheck("catalog access", false, e.Message)]);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => soap.DisposeAsync();
}
