using Stockbridge.Connectors.Magento1.Simulator.Soap.Types;
using Stockbridge.Connectors.Magento1.Simulator.Soap.Wsi.Messages;
using Stockbridge.Connectors.Magento1.Simulator.Soap.Wsi.Types;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Wsi;

/// <summary>
/// The WS-I handler (Magento's <c>Mage_Api_Model_Server_Wsi_Handler</c>): unwraps each <c>…RequestParam</c>, does the SOAP v2
/// handler's work (same sessions, store and faults) and wraps its answer as <c>…ResponseParam</c>/<c>result</c>, the
/// WS-I types copied from the v2 ones by <see cref="WsiShapes"/>.
/// </summary>
public sealed class MagentoSoapWsiHandler(IMagentoSoapV2 v2) : IMagentoSoapWsi
{
    /// <inheritdoc />
    public LoginResponseParam login(LoginParam request) => new() { Result = v2.login(Required(request).Username!, request.ApiKey!) };

    /// <inheritdoc />
    public EndSessionResponseParam endSession(EndSessionParam request) => new() { Result = v2.endSession(Required(request).SessionId!) };

    /// <inheritdoc />
    public CatalogProductListResponseParam catalogProductList(CatalogProductListRequestParam request) => new()
    {
        Result = WsiShapes.Copy<WsiCatalogProductEntity[]>(v2.catalogProductList(Required(request).SessionId!, WsiShapes.Copy<Filters>(request.Filters), request.Store)),
    };

    /// <inheritdoc />
    public CatalogProductInfoResponseParam catalogProductInfo(CatalogProductInfoRequestParam request) => new()
    {
        Result = WsiShapes.Copy<WsiCatalogProductReturnEntity>(v2.catalogProductInfo(Required(request).SessionId!, request.ProductId!, request.Store, request.IdentifierType)),
    };

    /// <inheritdoc />
    public CatalogProductCreateResponseParam catalogProductCreate(CatalogProductCreateRequestParam request) => new()
    {
        Result = v2.catalogProductCreate(Required(request).SessionId!, request.Type!, request.Set!, request.Sku!, ProductData(request.ProductData)!, request.Store),
    };

    /// <inheritdoc />
    public CatalogProductUpdateResponseParam catalogProductUpdate(CatalogProductUpdateRequestParam request) => new()
    {
        Result = v2.catalogProductUpdate(Required(request).SessionId!, request.ProductId!, ProductData(request.ProductData)!, request.Store, request.IdentifierType),
    };

    /// <inheritdoc />
    public CatalogProductAttributeSetListResponseParam catalogProductAttributeSetList(CatalogProductAttributeSetListRequestParam request) => new()
    {
        Result = WsiShapes.Copy<WsiCatalogProductAttributeSetEntity[]>(v2.catalogProductAttributeSetList(Required(request).SessionId!)),
    };

    /// <inheritdoc />
    public CatalogInventoryStockItemListResponseParam catalogInventoryStockItemList(CatalogInventoryStockItemListRequestParam request) => new()
    {
        Result = WsiShapes.Copy<WsiCatalogInventoryStockItemEntity[]>(v2.catalogInventoryStockItemList(Required(request).SessionId!, request.ProductIds ?? [])),
    };

    /// <inheritdoc />
    public CatalogInventoryStockItemUpdateResponseParam catalogInventoryStockItemUpdate(CatalogInventoryStockItemUpdateRequestParam request) => new()
    {
        Result = v2.catalogInventoryStockItemUpdate(Required(request).SessionId!, request.ProductId!, WsiShapes.Copy<CatalogInventoryStockItemUpdateEntity>(request.Data)!),
    };

    /// <inheritdoc />
    public SalesOrderListResponseParam salesOrderList(SalesOrderListRequestParam request) => new()
    {
        Result = WsiShapes.Copy<WsiSalesOrderListEntity[]>(v2.salesOrderList(Required(request).SessionId!, WsiShapes.Copy<Filters>(request.Filters))),
    };

    /// <inheritdoc />
    public SalesOrderInfoResponseParam salesOrderInfo(SalesOrderInfoRequestParam request) => new()
    {
        Result = WsiShapes.Copy<WsiSalesOrderEntity>(v2.salesOrderInfo(Required(request).SessionId!, request.OrderIncrementId!)),
    };

    /// <inheritdoc />
    public SalesOrderAddCommentResponseParam salesOrderAddComment(SalesOrderAddCommentRequestParam request) => new()
    {
        Result = v2.salesOrderAddComment(Required(request).SessionId!, request.OrderIncrementId!, request.Status!, request.Comment,
            request.Notify?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <inheritdoc />
    public SalesOrderShipmentCreateResponseParam salesOrderShipmentCreate(SalesOrderShipmentCreateRequestParam request) => new()
    {
        Result = v2.salesOrderShipmentCreate(Required(request).SessionId!, request.OrderIncrementId!,
            new OrderItemIdQtyArray { Item = WsiShapes.Copy<OrderItemIdQty[]>(request.ItemsQty) }, request.Comment, request.Email, request.IncludeComment),
    };

    /// <inheritdoc />
    public SalesOrderShipmentAddTrackResponseParam salesOrderShipmentAddTrack(SalesOrderShipmentAddTrackRequestParam request) => new()
    {
        Result = v2.salesOrderShipmentAddTrack(Required(request).SessionId!, request.ShipmentIncrementId!, request.Carrier!, request.Title!, request.TrackNumber!),
    };

    /// <inheritdoc />
    public SalesOrderShipmentInfoResponseParam salesOrderShipmentInfo(SalesOrderShipmentInfoRequestParam request) => new()
    {
        Result = WsiShapes.Copy<WsiSalesOrderShipmentEntity>(v2.salesOrderShipmentInfo(Required(request).SessionId!, request.ShipmentIncrementId!)),
    };

    // WS-I's additional_attributes is a plain associativeArray; v2's wraps it as single_data.
    private static CatalogProductCreateEntity? ProductData(WsiCatalogProductCreateEntity? data)
    {
        var copy = WsiShapes.Copy<CatalogProductCreateEntity>(data);
        if (copy is not null && data?.AdditionalAttributes is { } attributes)
            copy.AdditionalAttributes = new CatalogProductAdditionalAttributesEntity { SingleData = WsiShapes.Copy<AssociativeEntity[]>(attributes) };
        return copy;
    }

    // A request whose wrapper element was missing or empty: Magento's fault 6 rather than a null reference.
    private static T Required<T>(T? request) where T : class => request ?? throw MagentoFault.MissingParameter("parameters");
}
