namespace Stockbridge.Connectors.Syspro.Simulator.Hosting;

/// <summary>How to start a SYSPRO simulator: where it listens, who may log on, and how big a company to seed.</summary>
public sealed class SysproSimulatorOptions
{
    /// <summary>The TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>How many stock codes to seed (up to 1,000,000). <value>200</value></summary>
    public int StockCodes { get; init; } = 200;

    /// <summary>How many customers to seed; null: one per 100 stock codes, at least 20.</summary>
    public int? Customers { get; init; }

    /// <summary>The e.net operator allowed to log on. <value>STOCKBRIDGE</value></summary>
    public string Operator { get; init; } = "STOCKBRIDGE";

    /// <summary>The operator's password. <value>sb-operator</value></summary>
    public string OperatorPassword { get; init; } = "sb-operator";

    /// <summary>
    /// How many e.net sessions the operator may hold at once (its licence seats, SYSPRO's "concurrent users"); a logon
    /// beyond them ends the operator's longest-idle session. <value>1</value>
    /// </summary>
    public int OperatorSeats { get; init; } = 1;

    /// <summary>The company id. <value>L</value></summary>
    public string CompanyId { get; init; } = "L";

    /// <summary>The SQLite company database file; null: a new file in the temp folder.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>The seed of the generated company; the same seed gives the same company. <value>42</value></summary>
    public int Seed { get; init; } = 42;

    /// <summary>Keeps an existing database file instead of re-seeding it (the default when the file has data).</summary>
    public bool ReuseExistingDatabase { get; init; } = true;
}
