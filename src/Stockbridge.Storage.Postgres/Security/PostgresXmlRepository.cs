using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Stockbridge.Storage.Postgres.Infrastructure;

namespace Stockbridge.Storage.Postgres.Security;

/// <summary>
/// The Data Protection key ring in the database (<c>data_protection_keys</c>), so every node reads and writes the same
/// keys. Used when <see cref="PostgresStoreOptions.KeysDirectory"/> is not set.
/// </summary>
internal sealed class PostgresXmlRepository(PostgresDatabase database, TimeProvider time) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.OpenConnection();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_at, name")
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = database.OpenConnection();
        connection.Execute("""
            INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@Name, @Xml, @Now)
            ON CONFLICT (name) DO NOTHING
            """, new { Name = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting), Now = DbTime.ToDb(time.GetUtcNow()) });
    }
}
