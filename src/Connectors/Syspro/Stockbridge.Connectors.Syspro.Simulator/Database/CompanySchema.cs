namespace Stockbridge.Connectors.Syspro.Simulator.Database;

/// <summary>
/// The part of a SYSPRO company database the connector reads, in SQLite. Column names and sizes follow SYSPRO 8
/// (see docs/connectors/syspro-simulator.md); character columns keep SYSPRO's trailing-space padding where SYSPRO has it.
/// Every table has a <c>TimeStamp</c> column that plays SQL Server's <c>rowversion</c>: see <see cref="RowVersionTriggers"/>.
/// </summary>
internal static class CompanySchema
{
    public const string Tables = """
        CREATE TABLE IF NOT EXISTS RowVersionCounter (Id INTEGER PRIMARY KEY CHECK (Id = 1), Value INTEGER NOT NULL);
        INSERT OR IGNORE INTO RowVersionCounter (Id, Value) VALUES (1, 0);
        CREATE TABLE IF NOT EXISTS InvWhControl (Warehouse VARCHAR(10) PRIMARY KEY, Description VARCHAR(50) NOT NULL);
        CREATE TABLE IF NOT EXISTS InvMaster (
            StockCode VARCHAR(30) PRIMARY KEY, Description CHAR(50) NOT NULL, LongDesc VARCHAR(100) NOT NULL DEFAULT '',
            StockUom VARCHAR(10) NOT NULL DEFAULT 'EA', Decimals DECIMAL(1,0) NOT NULL DEFAULT 0, ProductClass VARCHAR(20) NOT NULL DEFAULT '', Mass DECIMAL(15,6) NOT NULL DEFAULT 0,
            ListPriceCode VARCHAR(3) NOT NULL DEFAULT 'A', WarehouseToUse VARCHAR(10) NOT NULL DEFAULT '', AlternateKey1 VARCHAR(30) NOT NULL DEFAULT '',
            UserField1 CHAR(10) NOT NULL DEFAULT '', UserField2 DECIMAL(18,6) NOT NULL DEFAULT 0, UserField3 CHAR(10) NOT NULL DEFAULT '',
            UserField4 CHAR(10) NOT NULL DEFAULT '', UserField5 CHAR(10) NOT NULL DEFAULT '', StockOnHold CHAR(1) NOT NULL DEFAULT ' ',
            DateStkAdded TEXT NOT NULL DEFAULT '2020-01-01', TimeStamp INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS InvPrice (
            StockCode VARCHAR(30) NOT NULL, PriceCode VARCHAR(3) NOT NULL, SellingPrice DECIMAL(15,5) NOT NULL,
            PriceBasis CHAR(1) NOT NULL DEFAULT '1', TimeStamp INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (StockCode, PriceCode));
        CREATE TABLE IF NOT EXISTS InvWarehouse (
            StockCode VARCHAR(30) NOT NULL, Warehouse VARCHAR(10) NOT NULL, QtyOnHand DECIMAL(18,6) NOT NULL DEFAULT 0,
            QtyAllocated DECIMAL(18,6) NOT NULL DEFAULT 0, QtyOnOrder DECIMAL(18,6) NOT NULL DEFAULT 0, QtyOnBackOrder DECIMAL(18,6) NOT NULL DEFAULT 0,
            UnitCost DECIMAL(15,5) NOT NULL DEFAULT 0, DefaultBin VARCHAR(20) NOT NULL DEFAULT '', TimeStamp INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (StockCode, Warehouse));
        CREATE TABLE IF NOT EXISTS ArCustomer (
            Customer VARCHAR(15) PRIMARY KEY, Name CHAR(50) NOT NULL, ShortName VARCHAR(20) NOT NULL DEFAULT '', Email VARCHAR(255) NOT NULL DEFAULT '',
            Telephone VARCHAR(20) NOT NULL DEFAULT '', Contact VARCHAR(50) NOT NULL DEFAULT '', PriceCode VARCHAR(10) NOT NULL DEFAULT 'A',
            CreditLimit DECIMAL(12,0) NOT NULL DEFAULT 0, CustomerOnHold CHAR(1) NOT NULL DEFAULT 'N', Salesperson VARCHAR(20) NOT NULL DEFAULT '',
            Branch VARCHAR(10) NOT NULL DEFAULT '', Area VARCHAR(10) NOT NULL DEFAULT '', Currency VARCHAR(3) NOT NULL DEFAULT 'ZAR',
            SoldToAddr1 VARCHAR(40) NOT NULL DEFAULT '', SoldToAddr2 VARCHAR(40) NOT NULL DEFAULT '', SoldToAddr3 VARCHAR(40) NOT NULL DEFAULT '',
            SoldPostalCode VARCHAR(10) NOT NULL DEFAULT '', ShipToAddr1 VARCHAR(40) NOT NULL DEFAULT '', ShipToAddr2 VARCHAR(40) NOT NULL DEFAULT '',
            ShipToAddr3 VARCHAR(40) NOT NULL DEFAULT '', ShipPostalCode VARCHAR(10) NOT NULL DEFAULT '', SalesWarehouse VARCHAR(10) NOT NULL DEFAULT '',
            OutstOrdVal DECIMAL(14,2) NOT NULL DEFAULT 0, DateCustAdded TEXT NOT NULL DEFAULT '2020-01-01', TimeStamp INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS SorMaster (
            SalesOrder VARCHAR(20) PRIMARY KEY, OrderStatus CHAR(1) NOT NULL, ActiveFlag CHAR(1) NOT NULL DEFAULT 'Y', CancelledFlag CHAR(1) NOT NULL DEFAULT ' ',
            DocumentType CHAR(1) NOT NULL DEFAULT 'O', Customer VARCHAR(15) NOT NULL, CustomerName VARCHAR(50) NOT NULL DEFAULT '',
            CustomerPoNumber VARCHAR(30) NOT NULL DEFAULT '', OrderDate TEXT NOT NULL, EntrySystemDate TEXT NOT NULL, ReqShipDate TEXT NOT NULL,
            Salesperson VARCHAR(20) NOT NULL DEFAULT '', Branch VARCHAR(10) NOT NULL DEFAULT '', Warehouse VARCHAR(10) NOT NULL DEFAULT '',
            OrderType VARCHAR(2) NOT NULL DEFAULT '', ShippingInstrs VARCHAR(50) NOT NULL DEFAULT '', ShipAddress1 VARCHAR(40) NOT NULL DEFAULT '',
            ShipAddress2 VARCHAR(40) NOT NULL DEFAULT '', ShipAddress3 VARCHAR(40) NOT NULL DEFAULT '', ShipAddress4 VARCHAR(40) NOT NULL DEFAULT '',
            ShipAddress5 VARCHAR(40) NOT NULL DEFAULT '', ShipPostalCode VARCHAR(10) NOT NULL DEFAULT '', Email VARCHAR(255) NOT NULL DEFAULT '',
            WebCreated CHAR(1) NOT NULL DEFAULT 'Y', TimeStamp INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS SorMaster_CustomerPo ON SorMaster (CancelledFlag, CustomerPoNumber, SalesOrder);
        CREATE TABLE IF NOT EXISTS SorDetail (
            SalesOrder VARCHAR(20) NOT NULL, SalesOrderLine DECIMAL(4,0) NOT NULL, LineType CHAR(1) NOT NULL, MStockCode VARCHAR(30) NOT NULL DEFAULT '',
            MStockDes VARCHAR(50) NOT NULL DEFAULT '', MWarehouse VARCHAR(10) NOT NULL DEFAULT '', MOrderQty DECIMAL(18,6) NOT NULL DEFAULT 0,
            MShipQty DECIMAL(18,6) NOT NULL DEFAULT 0, MBackOrderQty DECIMAL(18,6) NOT NULL DEFAULT 0, MPrice DECIMAL(15,5) NOT NULL DEFAULT 0,
            MPriceCode VARCHAR(3) NOT NULL DEFAULT '', NComment VARCHAR(100) NOT NULL DEFAULT '', NMscChargeValue DECIMAL(14,2) NOT NULL DEFAULT 0,
            NMscProductCls VARCHAR(20) NOT NULL DEFAULT '', MDiscPct1 DECIMAL(5,2) NOT NULL DEFAULT 0, MDiscPct2 DECIMAL(5,2) NOT NULL DEFAULT 0,
            MDiscPct3 DECIMAL(5,2) NOT NULL DEFAULT 0, MDiscValFlag CHAR(1) NOT NULL DEFAULT '', MDiscValue DECIMAL(14,2) NOT NULL DEFAULT 0,
            TimeStamp INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (SalesOrder, SalesOrderLine));
        CREATE TABLE IF NOT EXISTS SimulatorState (Key TEXT PRIMARY KEY, Value TEXT NOT NULL);
        """;

    /// <summary>Indexes built after seeding (building them once is faster than maintaining them per insert).</summary>
    public const string ChangeIndexes = """
        CREATE INDEX IF NOT EXISTS InvMaster_TimeStamp ON InvMaster (TimeStamp);
        CREATE INDEX IF NOT EXISTS InvPrice_TimeStamp ON InvPrice (TimeStamp);
        CREATE INDEX IF NOT EXISTS InvWarehouse_TimeStamp ON InvWarehouse (TimeStamp);
        CREATE INDEX IF NOT EXISTS ArCustomer_TimeStamp ON ArCustomer (TimeStamp);
        CREATE INDEX IF NOT EXISTS SorMaster_TimeStamp ON SorMaster (TimeStamp);
        """;

    /// <summary>The tables whose rows carry a rowversion.</summary>
    public static readonly IReadOnlyList<string> VersionedTables = ["InvMaster", "InvPrice", "InvWarehouse", "ArCustomer", "SorMaster", "SorDetail"];
}
