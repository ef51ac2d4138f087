using Stockbridge.Connectors.Magento1.Simulator.Soap.Types;
using Stockbridge.Connectors.Magento1.Simulator.State;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap;

/// <summary>
/// The SOAP v2 handler (Magento's <c>Mage_Api_Model_Server_V2_Handler</c>): checks the session of every call (fault 5 when
/// it expired or an <c>EvictSession</c> fault ended it: <see cref="SessionEviction"/>), then does the store's work and answers in Magento's types.
/// </summary>
public sealed class MagentoSoapV2Handler(MagentoStore store) : IMagentoSoapV2
{
    /// <inheritdoc />
    public string login(string username, string apiKey) => store.Login(username, apiKey);

    /// <inheritdoc />
    public bool endSession(string sessionId) => store.EndSession(sessionId);

    /// <inheritdoc />
    public CatalogProductEntity[] catalogProductList(string sessionId, Filters? filters, string? storeView)
    {
        store.Touch(sessionId);
        var conditions = MagentoFilters.Parse(filters, MagentoWire.ProductFields, reason => MagentoFault.InvalidProductData(reason));
        return store.ReadProducts(products => products
            .Where(p => MagentoFilters.Matches(conditions, field => MagentoWire.ProductField(p, field)))
            .OrderBy(p => p.Id).Select(MagentoWire.ListEntry).ToArray());
    }

    /// <inheritdoc />
    public CatalogProductReturnEntity catalogProductInfo(string sessionId, string productId, string? storeView, string? identifierType)
    {
        store.Touch(sessionId);
        var product = store.Find(productId, identifierType);
        return store.ReadProducts(_ => MagentoWire.Info(product));
    }

    /// <inheritdoc />
    public int catalogProductCreate(string sessionId, string type, string set, string sku, CatalogProductCreateEntity productData, string? storeView)
    {
        store.Touch(sessionId);
        return store.CreateProduct(type, set, sku, productData);
    }

    /// <inheritdoc />
    public bool catalogProductUpdate(string sessionId, string productId, CatalogProductCreateEntity productData, string? storeView, string? identifierType)
    {
        store.Touch(sessionId);
        return store.UpdateProduct(productId, productData, identifierType);
    }

    /// <inheritdoc />
    public CatalogProductAttributeSetEntity[] catalogProductAttributeSetList(string sessionId)
    {
        store.Touch(sessionId);
        return [.. MagentoStore.AttributeSets.Select(s => new CatalogProductAttributeSetEntity { SetId = s.Key, Name = s.Value })];
    }

    /// <inheritdoc />
    public CatalogInventoryStockItemEntity[] catalogInventoryStockItemList(string sessionId, string[] products)
    {
        store.Touch(sessionId);
        var found = new List<CatalogInventoryStockItemEntity>();
        foreach (var product in products ?? [])
        {
            MagentoProduct match;
            try { match = store.Find(product, null); }
            catch (System.ServiceModel.FaultException) { continue; } // Magento lists only the products it finds.
            found.Add(store.ReadProducts(_ => MagentoWire.Stock(match)));
        }
        return [.. found];
    }

    /// <inheritdoc />
    public int catalogInventoryStockItemUpdate(string sessionId, string product, CatalogInventoryStockItemUpdateEntity data)
    {
        store.Touch(sessionId);
        return store.UpdateStock(product, data);
    }

    /// <inheritdoc />
    public SalesOrderListEntity[] salesOrderList(string sessionId, Filters? filters)
    {
        store.Touch(sessionId);
        var conditions = MagentoFilters.Parse(filters, MagentoWire.OrderFields, reason => MagentoFault.InvalidFilters(reason));
        return store.ReadOrders(orders => orders
            .Where(o => MagentoFilters.Matches(conditions, field => MagentoWire.OrderField(o, field)))
            .Select(o => MagentoWire.ListEntry(o, store.Settings.Currency)).ToArray());
    }

    /// <inheritdoc />
    public SalesOrderEntity salesOrderInfo(string sessionId, string orderIncrementId)
    {
        store.Touch(sessionId);
        var order = store.FindOrder(orderIncrementId);
        return store.ReadOrders(_ => MagentoWire.Info(order, store.Settings.Currency));
    }

    /// <inheritdoc />
    public int salesOrderAddComment(string sessionId, string orderIncrementId, string status, string? comment, string? notify)
    {
        store.Touch(sessionId);
        return store.AddComment(orderIncrementId, status, comment, notify is "1" or "true");
    }

    /// <inheritdoc />
    public string salesOrderShipmentCreate(string sessionId, string orderIncrementId, OrderItemIdQtyArray? itemsQty, string? comment, int email, int includeComment)
    {
        store.Touch(sessionId);
        var quantities = new Dictionary<int, decimal>();
        foreach (var item in itemsQty?.Item ?? [])
            quantities[item.OrderItemId] = quantities.GetValueOrDefault(item.OrderItemId) + (decimal)item.Qty;
        return store.CreateShipment(orderIncrementId, quantities, comment);
    }

    /// <inheritdoc />
    public int salesOrderShipmentAddTrack(string sessionId, string shipmentIncrementId, string carrier, string title, string trackNumber)
    {
        store.Touch(sessionId);
        return store.AddTrack(shipmentIncrementId, carrier, title, trackNumber);
    }

    /// <inheritdoc />
    public SalesOrderShipmentEntity salesOrderShipmentInfo(string sessionId, string shipmentIncrementId)
    {
        store.Touch(sessionId);
        var shipment = store.FindShipment(shipmentIncrementId);
        return store.ReadOrders(_ => MagentoWire.Shipment(shipment));
    }
}
