using System.Data.Common;

namespace Stockbridge.Connectors.Sql.Simulator.Acme;

/// <summary>Where an Acme ERP database lives: a connection for the ERP's own users (who write), and the settings of a hub connection.</summary>
public interface IAcmeHost : IAsyncDisposable
{
    /// <summary>The engine.</summary>
    AcmeEngine Engine { get; }

    /// <summary>Where it is, for the banner (no secrets).</summary>
    string Location { get; }

    /// <summary>An open connection as the ERP's own users (read-write).</summary>
    Task<DbConnection> OpenErpAsync(CancellationToken cancellationToken);

    /// <summary>The connection settings (by the sql connector's keys): server, database, the read-only login and the order login.</summary>
    IReadOnlyDictionary<string, string> ConnectionSettings { get; }

    /// <summary>The read-only login's connection string, as a person would paste it into a SQL client.</summary>
    string ReaderConnectionString { get; }

    /// <summary>Settings laid over <see cref="ConnectionSettings"/> so that the database refuses the login.</summary>
    IReadOnlyDictionary<string, string> BadCredentialSettings { get; }
}
