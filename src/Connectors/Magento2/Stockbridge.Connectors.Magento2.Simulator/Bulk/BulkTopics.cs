namespace Stockbridge.Connectors.Magento2.Simulator.Bulk;

/// <summary>The message-queue topics of the asynchronous routes the simulator takes (<c>async.{service}.{method}.{verb}</c>).</summary>
public static class BulkTopics
{
    /// <summary>ProductRepositoryInterface::save by PUT (<c>products/{sku}</c>, <c>products/bySku</c>).</summary>
    public const string ProductSavePut = "async.magento.catalog.api.productrepositoryinterface.save.put";
    /// <summary>ProductRepositoryInterface::save by POST (<c>products</c>).</summary>
    public const string ProductSavePost = "async.magento.catalog.api.productrepositoryinterface.save.post";
    /// <summary>OptionRepositoryInterface::save (<c>configurable-products/bySku/options</c>).</summary>
    public const string OptionSave = "async.magento.configurableproduct.api.optionrepositoryinterface.save.post";
    /// <summary>LinkManagementInterface::addChild (<c>configurable-products/bySku/child</c>).</summary>
    public const string AddChild = "async.magento.configurableproduct.api.linkmanagementinterface.addchild.post";
    /// <summary>SourceItemsSaveInterface::execute (<c>inventory/source-items</c>).</summary>
    public const string SourceItemsSave = "async.magento.inventoryapi.api.sourceitemssaveinterface.execute.post";
    /// <summary>BasePriceStorageInterface::update (<c>products/base-prices</c>).</summary>
    public const string BasePricesUpdate = "async.magento.catalog.api.basepricestorageinterface.update.post";
}
