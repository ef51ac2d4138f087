using System.ServiceModel;
using System.Xml.Serialization;
using Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap;

/// <summary>
/// Magento 1's SOAP v2 port (<c>Mage_Api_Model_Server_V2_HandlerPortType</c>): the operations of OpenMage's
/// <c>app/code/core/Mage/*/etc/wsdl.xml</c> the hub uses, with Magento's operation, part and type names. Every call after
/// <c>login</c> takes the session id first; failures are SOAP faults with Magento's numeric fault codes.
/// </summary>
[ServiceContract(Name = "Mage_Api_Model_Server_V2_HandlerPortType", Namespace = MagentoNamespace.Urn)]
[XmlSerializerFormat]
public interface IMagentoSoapV2
{
    /// <summary>Starts an API session for an API user and key.</summary>
    [OperationContract]
    [return: MessageParameter(Name = "loginReturn")]
    string login(string username, string apiKey);

    /// <summary>Ends an API session.</summary>
    [OperationContract]
    [return: MessageParameter(Name = "endSessionReturn")]
    bool endSession(string sessionId);

    /// <summary>Lists products matching the filters (Magento names this answer's part <c>storeView</c>).</summary>
    [OperationContract]
    [return: MessageParameter(Name = "storeView"), XmlArrayItem("item")]
    CatalogProductEntity[] catalogProductList(string sessionId, Filters? filters, string? storeView);

    /// <summary>One product in full, by id or SKU.</summary>
    [OperationContract]
    [return: MessageParameter(Name = "info")]
    CatalogProductReturnEntity catalogProductInfo(string sessionId, string productId, string? storeView, string? identifierType);

    /// <summary>Creates a product; answers its id.</summary>
    [OperationContract]
    [return: MessageParameter(Name = "result")]
    int catalogProductCreate(string sessionId, string type, string set, string sku, CatalogProductCreateEntity productData, string? storeView);

    /// <summary>Updates a product by id or SKU.</summary>
    [OperationContract]
    [return: MessageParameter(Name = "result")]
    bool catalogProductUpdate(string sessionId, string productId, CatalogProductCreateEntity productData, string? storeView, string? identifierType);

    /// <summary>The attribute sets products can be created in.</summary>
    [OperationContract]
    [return: MessageParameter(Name = "result"), XmlArrayItem("item")]
    CatalogProductAttributeSetEntity[] catalogProductAttributeSetList(string sessionId);

    /// <summary>Stock of the products named (ids or SKUs).</summary>
    [OperationContract]
    [return: MessageParameter(Name = "result"), XmlArrayItem("item")]
    CatalogInventoryStockItemEntity[] catalogInventoryStockItemList(string sessionId, string[] products);

    /// <summary>Sets one product's stock (id or SKU); answers 1.</summary>
    [OperationContract]
    [return: MessageParameter(Name = "result")]
    int catalogInventoryStockItemUpdate(string sessionId, string product, CatalogInventoryStockItemUpdateEntity data);

    /// <summary>Orders matching the filters (<c>filter</c> equality, <c>complex_filter</c> with operators).</summary>
    [OperationContract]
    [return: MessageParameter(Name = "result"), XmlArrayItem("item")]
    SalesOrderListEntity[] salesOrderList(string sessionId, Filters? filters);

    /// <summary>One order in full: lines, addresses, payment, status history.</summary>
    [OperationContract]
    [return: MessageParameter(Name = "result")]
    SalesOrderEntity salesOrderInfo(string sessionId, string orderIncrementId);

    /// <summary>Adds a comment (and optionally a status) to an order's history.</summary>
    [OperationContract]
    [return: MessageParameter(Name = "result")]
    int salesOrderAddComment(string sessionId, string orderIncrementId, string status, string? comment, string? notify);

    /// <summary>Ships order lines (all open ones when itemsQty is empty); answers the shipment's increment id.</summary>
    [OperationContract]
    [return: MessageParameter(Name = "shipmentIncrementId")]
    string salesOrderShipmentCreate(string sessionId, string orderIncrementId, OrderItemIdQtyArray? itemsQty, string? comment, int email, int includeComment);

    /// <summary>Adds a tracking number to a shipment; answers the track's id.</summary>
    [OperationContract]
    [return: MessageParameter(Name = "result")]
    int salesOrderShipmentAddTrack(string sessionId, string shipmentIncrementId, string carrier, string title, string trackNumber);

    /// <summary>One shipment with its tracking numbers.</summary>
    [OperationContract]
    [return: MessageParameter(Name = "result")]
    SalesOrderShipmentEntity salesOrderShipmentInfo(string sessionId, string shipmentIncrementId);
}
