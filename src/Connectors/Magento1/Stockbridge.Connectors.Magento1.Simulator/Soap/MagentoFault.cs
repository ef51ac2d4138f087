using System.ServiceModel;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap;

/// <summary>
/// Magento's API faults: a SOAP fault whose <c>faultcode</c> is Magento's number and whose <c>faultstring</c> is its message
/// (from the <c>faults</c> sections of OpenMage's <c>api.xml</c> files).
/// </summary>
public static class MagentoFault
{
    /// <summary>A fault with Magento's code and message.</summary>
    public static FaultException Create(int code, string message) =>
        new(new FaultReason(message), new FaultCode(code.ToString(System.Globalization.CultureInfo.InvariantCulture)), "");

    /// <summary>0: unknown error.</summary>
    public static FaultException Unknown(string detail) => Create(0, "Unknown Error. " + detail);
    /// <summary>1: internal error.</summary>
    public static FaultException Internal() => Create(1, "Internal Error. Please see log for details.");
    /// <summary>2: access denied (bad API user or key, or the role lacks the resource).</summary>
    public static FaultException AccessDenied() => Create(2, "Access denied.");
    /// <summary>3: invalid API path.</summary>
    public static FaultException InvalidApiPath() => Create(3, "Invalid api path.");
    /// <summary>4: resource path is not callable.</summary>
    public static FaultException NotCallable() => Create(4, "Resource path is not callable.");
    /// <summary>5: the session expired or never existed.</summary>
    public static FaultException SessionExpired() => Create(5, "Session expired. Try to relogin.");
    /// <summary>6: a required parameter is missing.</summary>
    public static FaultException MissingParameter(string name) => Create(6, $"Required parameter is missing, for more details see \"exception.log\". ({name})");
    /// <summary>catalog_product 101 / cataloginventory 101: product not exists.</summary>
    public static FaultException ProductNotExists() => Create(101, "Product not exists.");
    /// <summary>catalog_product 102: invalid data.</summary>
    public static FaultException InvalidProductData(string detail) => Create(102, "Invalid data given. Details in error message. " + detail);
    /// <summary>catalog_product 104: product type not allowed.</summary>
    public static FaultException TypeNotAllowed() => Create(104, "Product type is not in allowed types.");
    /// <summary>catalog_product 105: attribute set does not exist.</summary>
    public static FaultException SetNotExists() => Create(105, "Product attribute set is not existed");
    /// <summary>cataloginventory 102: stock not updated.</summary>
    public static FaultException StockNotUpdated(string detail) => Create(102, "Product inventory not updated. Details in error message. " + detail);
    /// <summary>sales_order 100: order not exists.</summary>
    public static FaultException OrderNotExists() => Create(100, "Requested order not exists.");
    /// <summary>sales_order 101: invalid filters.</summary>
    public static FaultException InvalidFilters(string detail) => Create(101, "Invalid filters given. Details in error message. " + detail);
    /// <summary>sales_order_shipment 100: shipment not exists.</summary>
    public static FaultException ShipmentNotExists() => Create(100, "Requested shipment not exists.");
    /// <summary>sales_order_shipment 102: invalid data (e.g. nothing left to ship).</summary>
    public static FaultException InvalidShipmentData(string detail) => Create(102, "Invalid data given. Details in error message. " + detail);
}
