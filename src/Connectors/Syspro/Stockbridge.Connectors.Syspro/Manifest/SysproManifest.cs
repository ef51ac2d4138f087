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
            "The SYSPRO e.net Web Services (SYSPRO 8 e.net Communications Load Balancer) installed, REST for logon and queries and the BasicHttp (SOAP) binding for posting orders, with the SORTOI business object enabled for the operator.",
            "The COMFND query business object allowed for the operator: Stockbridge reads SorMaster with it to check whether an order was already raised before any retry.",
            "The e.net port(s) (chosen at install, e.g. 20003 or 8080; REST and SOAP) and the SQL Server port (1433) open to Stockbridge.",
            "The server must always be online.",
            "An operator used by Stockbridge alone: each e.net session holds one of the operator's licence seats (concurrent users, 1 for an ordinary operator), and a logon beyond them ends another session. Set Licence Seats to what the operator has; on a hub of several nodes, each node holds its own sessions.",
            "A read-only SQL login on the company database; Stockbridge never writes SQL to SYSPRO.",
        ],
        FieldTables = SysproFieldTables.All,
        NotSupported =
        [
            "SQL Server itself is not driven by this build: the connector's SQL is portable (parameters as @name, no TOP/LIMIT, ANSI joins), but only the sqlite provider (the simulator) ships; sqlserver needs Microsoft.Data.SqlClient added. On SQL Server TimeStamp is a binary(8) rowversion (read as a big-endian integer) and reads should stop at MIN_ACTIVE_ROWVERSION().",
            "Contract and promotional pricing (SORQCP, trade promotions): only InvPrice price codes are synced.",
            "Deleted or renamed stock codes are not seen by incremental reads (rowversions do not record deletes); a full read finds them.",
            "Custom-form fields ([InvMaster+], [ArCustomer+]) are not mapped.",
            "Credit notes: a refund on an order SYSPRO has dispatched or invoiced is not carried (the job says so); only reductions and removals of lines, never new lines, are made to a raised order.",
            "Creating customers in SYSPRO (ARSSCS).",
            "The net.tcp binding of e.net (it needs SYSPRO's own client library); orders go by BasicHttp SOAP, or by REST for orders short enough for a URL (about 16 KB).",
        ],
    };
}
