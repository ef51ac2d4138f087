using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Syspro.Manifest;

/// <summary>The SYSPRO connector's manifest: the setup form and getting-started page are generated from it.</summary>
internal static class SysproManifest
{
    public static ConnectorManifest Instance { get; } = new()
    {
        Key = "syspro",
        DisplayName = "SYSPRO",
        Kind = ConnectorKind.Source,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Customers | ConnectorCapabilities.Orders | ConnectorCapabilities.IncrementalReads,
        Description = "SYSPRO is an ERP installed on a server at your office or in your own cloud. Stockbridge reads products, prices, " +
            "warehouse stock and customers from the SYSPRO company database over a read-only SQL login, and raises your channel orders " +
            "into SYSPRO as sales orders through the SYSPRO e.net Web Services (the SORTOI business object), exactly once per order.",
        Settings = SysproSettingDefinitions.All,
        Prerequisites =
        [
            "The SYSPRO e.net Web Services (REST, SYSPRO 8 e.net Communications Load Balancer) installed, with the SORTOI business object enabled for the operator.",
            "The COMFND query business object allowed for the operator: Stockbridge reads SorMaster with it to check whether an order was already raised before any retry.",
            "The e.net port (chosen at install, e.g. 20003 or 8080) and the SQL Server port (1433) open to Stockbridge.",
            "The server must always be online.",
            "An operator used by Stockbridge alone: SYSPRO allows one session per operator, and each session holds a licence seat.",
            "A read-only SQL login on the company database; Stockbridge never writes SQL to SYSPRO.",
        ],
        FieldTables = SysproFieldTables.All,
        NotSupported =
        [
            "SQL Server itself is not driven by this build: the connector's SQL is portable (parameters as @name, no TOP/LIMIT, ANSI joins), but only the sqlite provider (the simulator) ships; sqlserver needs Microsoft.Data.SqlClient added. On SQL Server TimeStamp is a binary(8) rowversion (read as a big-endian integer) and reads should stop at MIN_ACTIVE_ROWVERSION().",
            "Contract and promotional pricing (SORQCP, trade promotions): only InvPrice price codes are synced.",
            "Deleted or renamed stock codes are not seen by incremental reads (rowversions do not record deletes); a full read finds them.",
            "Custom-form fields ([InvMaster+], [ArCustomer+]) are not mapped.",
            "Order changes and cancellations after raising (SORTOI change/delete actions).",
            "Very large orders: e.net REST carries the whole document in the URL, and SYSPRO's HTTP.sys host rejects URLs over about 16 KB.",
            "Creating customers in SYSPRO (ARSSCS).",
        ],
    };
}
