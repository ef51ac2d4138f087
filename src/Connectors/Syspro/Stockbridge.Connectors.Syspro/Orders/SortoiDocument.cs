using System.Globalization;
using System.Xml.Linq;
using Stockbridge.Connectors.Errors;
using Stockbridge.Domain.Orders.Pricing;
using Stockbridge.Connectors.Syspro.Settings;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Syspro.Orders;

/// <summary>
/// Builds the SORTOI XmlParameters and XmlIn (SORTOIDOC) for one order, following seed 000's order table:
/// CustomerPoNumber = channel_order_code, Customer, Salesperson, OrderType, and a StockLine per line item
/// (StockCode, OrderQty, Price ex tax with AlwaysUsePriceEntered); shipping as a FreightLine or MiscChargeLine. Discounts follow
/// the connection's discount mode (<see cref="ErpOrderPricing"/>): net unit prices, LineDiscValue with LineDiscValFlag V, or one
/// negative MiscChargeLine, so the sales order's value ex tax equals what the customer was charged ex tax.
/// Field sizes follow the SorMaster columns (PO 30, addresses 40, postcode 10, email 255).
/// </summary>
internal static class SortoiDocument
{
    public static string Parameters(SysproOptions options) => new XElement("SalesOrders", new XElement("Parameters",
        new XElement("InBoxMsgReqd", "N"), new XElement("Process", "IMPORT"), new XElement("TypeOfOrder", "ORD"),
        new XElement("OrderStatus", "1"), new XElement("AllowNonStockItems", "N"), new XElement("AcceptOrdersIfNoCredit", "N"),
        new XElement("AllowDuplicateOrderNumbers", "N"), new XElement("CheckForCustomerPoNumbers", options.CheckPoNumbers ? "Y" : "N"),
        new XElement("AlwaysUsePriceEntered", "Y"), new XElement("AllowZeroPrice", "Y"), new XElement("IgnoreWarnings", "N"))).ToString(SaveOptions.DisableFormatting);

    public static string Order(Order order, SysproOptions options, DateTimeOffset now)
    {
        if (order.ChannelOrderCode.Length > 30)
            throw new PermanentConnectorException($"The channel order code '{order.ChannelOrderCode}' is longer than SYSPRO's 30-character CustomerPoNumber.");
        var customer = order.SourceCustomerCode ?? options.DefaultCustomer
            ?? throw new PermanentConnectorException("The order has no source_customer_code and the connection has no Default Customer.");
        var ship = order.ShippingAddress;
        var orderType = order.OrderType == OrderType.Invoice ? options.InvoiceOrderType : options.OrderType;
        var header = new XElement("OrderHeader",
            new XElement("CustomerPoNumber", order.ChannelOrderCode), new XElement("OrderActionType", "A"),
            new XElement("Customer", customer),
            new XElement("OrderDate", (order.PlacedAt ?? now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Optional("CustomerName", Name(order), 50), ShipAddress(ship), Optional("ShipPostalCode", ship?.Zip, 10),
            Optional("Email", order.Customer?.Email, 255), Optional("Warehouse", order.Warehouse ?? options.DefaultWarehouse, 10),
            Optional("OrderType", orderType, 2), Optional("Salesperson", order.SalesRepId ?? options.DefaultSalesperson, 20),
            Optional("SpecialInstrs", order.Notes, 30));
        var priced = ErpOrderPricing.Price(order, options.DiscountMode, includeShipping: options.ShippingLineMode != "none");
        var line = 0;
        var details = new XElement("OrderDetails",
            priced.Lines.Select(item => new XElement("StockLine",
                new XElement("CustomerPoLine", ++line), new XElement("LineActionType", "A"), new XElement("StockCode", item.Sku),
                Optional("Warehouse", order.Warehouse ?? options.DefaultWarehouse, 10),
                new XElement("OrderQty", item.Qty.ToString("0.000", CultureInfo.InvariantCulture)),
                new XElement("Price", item.UnitPrice.ToString("0.00000", CultureInfo.InvariantCulture)),
                new XElement("AlwaysUsePriceEntered", "Y"),
                // The hub's discount is the only one: SYSPRO must not add its own discount matrix on top.
                new XElement("AlwaysUseDiscountEntered", "Y"),
                item.DiscountValue == 0 ? null : new XElement("LineDiscValFlag", "V"),
                item.DiscountValue == 0 ? null : new XElement("LineDiscValue", Money(item.DiscountValue)))).ToList(),
            priced.Charges.Select(c => ChargeLine(c, ++line, options)).ToList());
        return new XElement("SalesOrders", new XElement("Orders", header, details)).ToString(SaveOptions.DisableFormatting);
    }

    private static XElement ChargeLine(ChargeLine charge, int line, SysproOptions options) =>
        charge.Kind == ChargeKinds.Shipping && options.ShippingLineMode != "misc"
            ? new XElement("FreightLine", new XElement("CustomerPoLine", line), new XElement("LineActionType", "A"),
                new XElement("FreightValue", Money(charge.Value)))
            : new XElement("MiscChargeLine", new XElement("CustomerPoLine", line), new XElement("LineActionType", "A"),
                new XElement("MiscChargeValue", Money(charge.Value)), new XElement("MiscQuantity", "1"),
                Optional("MiscProductClass", charge.Kind == ChargeKinds.Shipping ? options.ShippingProductClass : options.DiscountProductClass, 20),
                Optional("MiscDescription", charge.Description, 30));

    private static IEnumerable<XElement?> ShipAddress(Address? a) =>
        a is null ? [] : [Optional("ShipAddress1", a.Address1, 40), Optional("ShipAddress2", a.Address2, 40),
            Optional("ShipAddress3", a.City, 40), Optional("ShipAddress4", a.Province, 40), Optional("ShipAddress5", a.CountryCode, 40)];

    private static string? Name(Order order)
    {
        var a = order.ShippingAddress ?? order.BillingAddress;
        var name = $"{a?.FirstName} {a?.LastName}".Trim();
        return name.Length > 0 ? name : a?.Company;
    }

    private static XElement? Optional(string name, string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : new XElement(name, value.Length > max ? value[..max] : value);

    /// <summary>An amount as SORTOI takes it: two decimals, invariant.</summary>
    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
