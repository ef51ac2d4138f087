using System.ServiceModel;
using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.ServiceReference;

/// <summary>
/// The client side of Magento 1's SOAP v2 port (<c>Mage_Api_Model_Server_V2_HandlerPortType</c>), written as svcutil
/// generates it from the WSDL (svcutil is not available offline): the operations the connector uses, Magento's part and
/// type names, task-based. This folder is the generated service reference; nothing else in the connector names XML.
/// </summary>
[ServiceContract(Name = "Mage_Api_Model_Server_V2_HandlerPortType", Namespace = MagentoNamespace.Urn)]
[XmlSerializerFormat]
public interface IMagentoSoapV2Client
{
    /// <summary>login: a session id for an API user and key.</summary>
    [OperationContract(Name = "login", ReplyAction = "*")]
    [return: MessageParameter(Name = "loginReturn")]
    Task<string> LoginAsync(string username, string apiKey);

    /// <summary>endSession.</summary>
    [OperationContract(Name = "endSession", ReplyAction = "*")]
    [return: MessageParameter(Name = "endSessionReturn")]
    Task<bool> EndSessionAsync(string sessionId);

    /// <summary>catalogProductList (the answer's part is named <c>storeView</c> in Magento's WSDL).</summary>
    [OperationContract(Name = "catalogProductList", ReplyAction = "*")]
    [return: MessageParameter(Name = "storeView"), XmlArrayItem("item")]
    Task<CatalogProductEntity[]> CatalogProductListAsync(string sessionId, Filters? filters, string? storeView);

    /// <summary>catalogProductInfo by id or SKU (identifierType <c>sku</c>).</summary>
    [OperationContract(Name = "catalogProductInfo", ReplyAction = "*")]
    [return: MessageParameter(Name = "info")]
    Task<CatalogProductReturnEntity> CatalogProductInfoAsync(string sessionId, string productId, string? storeView, string? identifierType);

    /// <summary>catalogProductCreate: the new product's id.</summary>
    [OperationContract(Name = "catalogProductCreate", ReplyAction = "*")]
    [return: MessageParameter(Name = "result")]
    Task<int> CatalogProductCreateAsync(string sessionId, string type, string set, string sku, CatalogProductCreateEntity productData, string? storeView);

    /// <summary>catalogProductUpdate by id or SKU.</summary>
    [OperationContract(Name = "catalogProductUpdate", ReplyAction = "*")]
    [return: MessageParameter(Name = "result")]
    Task<bool> CatalogProductUpdateAsync(string sessionId, string productId, CatalogProductCreateEntity productData, string? storeView, string? identifierType);

    /// <summary>catalogProductAttributeSetList.</summary>
    [OperationContract(Name = "catalogProductAttributeSetList", ReplyAction = "*")]
    [return: MessageParameter(Name = "result"), XmlArrayItem("item")]
    Task<CatalogProductAttributeSetEntity[]> CatalogProductAttributeSetListAsync(string sessionId);

    /// <summary>catalogInventoryStockItemList by ids or SKUs.</summary>
    [OperationContract(Name = "catalogInventoryStockItemList", ReplyAction = "*")]
    [return: MessageParameter(Name = "result"), XmlArrayItem("item")]
    Task<CatalogInventoryStockItemEntity[]> CatalogInventoryStockItemListAsync(string sessionId, string[] products);

    /// <summary>catalogInventoryStockItemUpdate: 1.</summary>
    [OperationContract(Name = "catalogInventoryStockItemUpdate", ReplyAction = "*")]
    [return: MessageParameter(Name = "result")]
    Task<int> CatalogInventoryStockItemUpdateAsync(string sessionId, string product, CatalogInventoryStockItemUpdateEntity data);

    /// <summary>salesOrderList with filter and complex_filter.</summary>
    [OperationContract(Name = "salesOrderList", ReplyAction = "*")]
    [return: MessageParameter(Name = "result"), XmlArrayItem("item")]
    Task<SalesOrderListEntity[]> SalesOrderListAsync(string sessionId, Filters? filters);

    /// <summary>salesOrderInfo by increment id.</summary>
    [OperationContract(Name = "salesOrderInfo", ReplyAction = "*")]
    [return: MessageParameter(Name = "result")]
    Task<SalesOrderEntity> SalesOrderInfoAsync(string sessionId, string orderIncrementId);

    /// <summary>salesOrderAddComment.</summary>
    [OperationContract(Name = "salesOrderAddComment", ReplyAction = "*")]
    [return: MessageParameter(Name = "result")]
    Task<int> SalesOrderAddCommentAsync(string sessionId, string orderIncrementId, string status, string? comment, string? notify);

    /// <summary>salesOrderShipmentCreate: the shipment's increment id.</summary>
    [OperationContract(Name = "salesOrderShipmentCreate", ReplyAction = "*")]
    [return: MessageParameter(Name = "shipmentIncrementId")]
    Task<string> SalesOrderShipmentCreateAsync(string sessionId, string orderIncrementId, OrderItemIdQtyArray? itemsQty, string? comment, int email, int includeComment);

    /// <summary>salesOrderShipmentAddTrack: the track's id.</summary>
    [OperationContract(Name = "salesOrderShipmentAddTrack", ReplyAction = "*")]
    [return: MessageParameter(Name = "result")]
    Task<int> SalesOrderShipmentAddTrackAsync(string sessionId, string shipmentIncrementId, string carrier, string title, string trackNumber);

    /// <summary>salesOrderShipmentInfo.</summary>
    [OperationContract(Name = "salesOrderShipmentInfo", ReplyAction = "*")]
    [return: MessageParameter(Name = "result")]
    Task<SalesOrderShipmentEntity> SalesOrderShipmentInfoAsync(string sessionId, string shipmentIncrementId);
}
