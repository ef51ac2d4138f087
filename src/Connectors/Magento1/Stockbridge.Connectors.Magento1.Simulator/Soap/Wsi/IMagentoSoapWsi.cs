using System.ServiceModel;
using Stockbridge.Connectors.Magento1.Simulator.Soap.Types;
using Stockbridge.Connectors.Magento1.Simulator.Soap.Wsi.Messages;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Wsi;

/// <summary>
/// Magento 1's WS-I compliant SOAP port (<c>/api/wsi_soap</c>, OpenMage's <c>wsi.xml</c>): document/literal wrapped, every
/// operation takes one element named <c>&lt;operation&gt;RequestParam</c> (<c>loginParam</c>, <c>endSessionParam</c> for the
/// session calls) and answers <c>&lt;operation&gt;ResponseParam</c> holding <c>result</c>; arrays are
/// <c>complexObjectArray</c> elements. The same store and faults as SOAP v2 (<see cref="MagentoSoapV2Handler"/>). WS-I's
/// <c>soapAction</c> is empty, so a call is dispatched by its body element: each operation's Action is that element's name.
/// </summary>
[ServiceContract(Name = "Mage_Api_Model_Server_Wsi_HandlerPortType", Namespace = MagentoNamespace.Urn)]
[XmlSerializerFormat]
public interface IMagentoSoapWsi
{
    /// <summary>Starts an API session for an API user and key.</summary>
    [OperationContract(Action = "loginParam")]
    LoginResponseParam login(LoginParam request);

    /// <summary>Ends an API session.</summary>
    [OperationContract(Action = "endSessionParam")]
    EndSessionResponseParam endSession(EndSessionParam request);

    /// <summary>Lists products matching the filters.</summary>
    [OperationContract(Action = "catalogProductListRequestParam")]
    CatalogProductListResponseParam catalogProductList(CatalogProductListRequestParam request);

    /// <summary>One product in full, by id or SKU.</summary>
    [OperationContract(Action = "catalogProductInfoRequestParam")]
    CatalogProductInfoResponseParam catalogProductInfo(CatalogProductInfoRequestParam request);

    /// <summary>Creates a product; answers its id.</summary>
    [OperationContract(Action = "catalogProductCreateRequestParam")]
    CatalogProductCreateResponseParam catalogProductCreate(CatalogProductCreateRequestParam request);

    /// <summary>Updates a product by id or SKU.</summary>
    [OperationContract(Action = "catalogProductUpdateRequestParam")]
    CatalogProductUpdateResponseParam catalogProductUpdate(CatalogProductUpdateRequestParam request);

    /// <summary>The attribute sets products can be created in.</summary>
    [OperationContract(Action = "catalogProductAttributeSetListRequestParam")]
    CatalogProductAttributeSetListResponseParam catalogProductAttributeSetList(CatalogProductAttributeSetListRequestParam request);

    /// <summary>Stock of the products named (ids or SKUs).</summary>
    [OperationContract(Action = "catalogInventoryStockItemListRequestParam")]
    CatalogInventoryStockItemListResponseParam catalogInventoryStockItemList(CatalogInventoryStockItemListRequestParam request);

    /// <summary>Sets one product's stock (id or SKU); answers 1.</summary>
    [OperationContract(Action = "catalogInventoryStockItemUpdateRequestParam")]
    CatalogInventoryStockItemUpdateResponseParam catalogInventoryStockItemUpdate(CatalogInventoryStockItemUpdateRequestParam request);

    /// <summary>Orders matching the filters.</summary>
    [OperationContract(Action = "salesOrderListRequestParam")]
    SalesOrderListResponseParam salesOrderList(SalesOrderListRequestParam request);

    /// <summary>One order in full: lines, addresses, payment, status history.</summary>
    [OperationContract(Action = "salesOrderInfoRequestParam")]
    SalesOrderInfoResponseParam salesOrderInfo(SalesOrderInfoRequestParam request);

    /// <summary>Adds a comment (and optionally a status) to an order's history.</summary>
    [OperationContract(Action = "salesOrderAddCommentRequestParam")]
    SalesOrderAddCommentResponseParam salesOrderAddComment(SalesOrderAddCommentRequestParam request);

    /// <summary>Ships order lines; answers the shipment's increment id.</summary>
    [OperationContract(Action = "salesOrderShipmentCreateRequestParam")]
    SalesOrderShipmentCreateResponseParam salesOrderShipmentCreate(SalesOrderShipmentCreateRequestParam request);

    /// <summary>Adds a tracking number to a shipment; answers the track's id.</summary>
    [OperationContract(Action = "salesOrderShipmentAddTrackRequestParam")]
    SalesOrderShipmentAddTrackResponseParam salesOrderShipmentAddTrack(SalesOrderShipmentAddTrackRequestParam request);

    /// <summary>One shipment with its tracking numbers.</summary>
    [OperationContract(Action = "salesOrderShipmentInfoRequestParam")]
    SalesOrderShipmentInfoResponseParam salesOrderShipmentInfo(SalesOrderShipmentInfoRequestParam request);
}
