using Stockbridge.Domain.Orders.Pricing;
using Stockbridge.Connectors.Manifest;
using K = Stockbridge.Connectors.Syspro.Settings.SysproSettingKeys;

namespace Stockbridge.Connectors.Syspro.Manifest;

/// <summary>The settings a SYSPRO connection needs, in the order of the merchant's prerequisites list.</summary>
internal static class SysproSettingDefinitions
{
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(K.Server, "Server Name / IP Address", SettingType.Text,
            "The SQL Server host of the SYSPRO company database, e.g. SYSPRO01 or 10.0.0.5\\SQLEXPRESS. Not used for the sqlite provider.", Required: false),
        new(K.Database, "Database Name", SettingType.Text,
            "The SYSPRO company database, usually SysproCompany<X> (e.g. SysproCompanyL). For the sqlite provider: the path of the database file, under a directory the hub's operator allows.",
            Required: true, LocalPathWhen: new(K.DatabaseProvider, "sqlite")),
        new(K.DatabaseProvider, "Database Provider", SettingType.Choice,
            "How the company database is reached: sqlserver for a SYSPRO site, sqlite for the Stockbridge SYSPRO simulator.",
            Required: false, Default: "sqlserver", Choices: ["sqlserver", "sqlite"]),
        new(K.DatabaseUser, "Database Username (Read-Only)", SettingType.Text,
            "A SQL login with read access (db_datareader) to the company database; Stockbridge never writes to it. Not used for sqlite.", Required: false),
        new(K.DatabasePassword, "Database Password (Read-Only)", SettingType.Secret,
            "The password of the read-only SQL login.", Required: false),
        new(K.Operator, "Operator Login", SettingType.Text,
            "A SYSPRO operator for Stockbridge alone, with the SORTOI business object enabled. Each session takes one of its licence seats: a logon beyond them ends another session.", Required: true),
        new(K.OperatorPassword, "Operator Password", SettingType.Secret, "The SYSPRO operator's password.", Required: true),
        new(K.CompanyId, "Company ID", SettingType.Text, "The SYSPRO company the operator logs on to (e.g. L or 100).", Required: true),
        new(K.CompanyPassword, "Company Password", SettingType.Secret, "The company password, when the company has one; leave empty otherwise.", Required: false),
        new(K.EnetUrl, "Public SYSPRO e.net Web Services URL", SettingType.Url,
            "The e.net REST base URL, e.g. http://123.123.123.123:20003/SYSPROWCFService/Rest (the port is chosen when e.net is installed).", Required: true),
        new(K.SysproVersion, "Syspro Version", SettingType.Text, "The SYSPRO release, e.g. 8.0.212; shown on the connection page and in support tickets.", Required: false, Default: "8"),
        new(K.ActiveUserField, "Active User Field", SettingType.Choice,
            "Which InvMaster UserField (1-5) marks a product as active in Stockbridge.", Required: false, Default: "1", Choices: ["1", "2", "3", "4", "5"]),
        new(K.ActiveValue, "Active Value", SettingType.Text,
            "The value of that UserField that means active (compared without case or padding); any other value means inactive.", Required: false, Default: "Y"),
        new(K.Warehouses, "Warehouses", SettingType.Text,
            "Comma-separated warehouse codes whose stock is synced (e.g. JHB,CPT); empty syncs every warehouse.", Required: false),
        new(K.CustomerActiveRule, "Customer Active Rule", SettingType.Choice,
            "always: every customer is active; not_on_hold: a customer on hold in SYSPRO is inactive in Stockbridge.",
            Required: false, Default: "always", Choices: ["always", "not_on_hold"]),
        new(K.DefaultCustomer, "Default Customer", SettingType.Text,
            "The SYSPRO customer (e.g. a web cash account) for orders whose customer the order rules did not resolve.", Required: false),
        new(K.DefaultSalesperson, "Default Salesperson", SettingType.Text,
            "The Salesperson sent with orders that carry no sales_rep_id; empty lets SYSPRO use the customer's.", Required: false),
        new(K.DefaultWarehouse, "Default Warehouse", SettingType.Text,
            "The warehouse orders are raised against when the order names none; empty lets SYSPRO use the stock code's.", Required: false),
        new(K.OrderType, "Order Type", SettingType.Text,
            "The SYSPRO OrderType code sent for normal orders (site-defined, e.g. WB); empty sends none.", Required: false),
        new(K.InvoiceOrderType, "Invoice Order Type", SettingType.Text,
            "The SYSPRO OrderType code sent when order_type is invoice; empty sends none.", Required: false),
        new(K.ShippingLineMode, "Shipping Line", SettingType.Choice,
            "How order shipping lines are raised: freight (a SORTOI FreightLine), misc (a MiscChargeLine) or none.",
            Required: false, Default: "freight", Choices: ["freight", "misc", "none"]),
        new(K.ShippingProductClass, "Shipping Product Class", SettingType.Text,
            "The product class of shipping misc-charge lines (used with Shipping Line = misc).", Required: false),
        new(K.DiscountMode, "Discounts", SettingType.Choice,
            "How the customer's discounts reach SYSPRO, so the sales order's value ex tax equals what the customer was charged: net_price (each line at its net unit price, a rounding misc line for any cent the 5-decimal price cannot carry), line_discount (list price with the discount in LineDiscValue) or discount_line (list prices and one negative misc-charge line).",
            Required: false, Default: DiscountModes.NetPrice, Choices: DiscountModes.All),
        new(K.DiscountProductClass, "Discount Product Class", SettingType.Text,
            "The product class of discount and rounding misc-charge lines.", Required: false),
        new(K.CheckPoNumbers, "Reject Duplicate PO Numbers", SettingType.Boolean,
            "Asks SORTOI to reject an order whose customer PO number (the channel order code) already exists: a second guard against duplicates.",
            Required: false, Default: "true"),
        new(K.EnetTimeoutSeconds, "e.net Timeout (seconds)", SettingType.Integer,
            "How long one e.net call may take before it counts as timed out (an order post that times out is checked before any retry).",
            Required: false, Default: "100"),
        new(K.LicenceSeats, "Licence Seats", SettingType.Integer,
            "How many e.net sessions Stockbridge may hold for the operator at once, on each hub node: each is a licence seat and one call in flight. " +
            "Every job of the connection on a node shares them. Never more than the operator's concurrent users in SYSPRO (1 for an ordinary operator).",
            Required: false, Default: "1"),
        new(K.EnetPostTransport, "Order Post Transport", SettingType.Choice,
            "How orders are posted to SORTOI: soap (the e.net WCF service's BasicHttp binding; takes orders of any length) or rest " +
            "(a GET with the order in the URL, which the e.net host refuses beyond about 16 KB, roughly 40-60 lines).",
            Required: false, Default: "soap", Choices: ["soap", "rest"]),
        new(K.EnetSoapUrl, "e.net SOAP URL", SettingType.Url,
            "The e.net WCF service's BasicHttp (SOAP) address, e.g. http://123.123.123.123:20003/SYSPROWCFService; empty: the e.net URL without its /Rest.",
            Required: false),
    ];
}
