using System.Xml.Linq;
using Dapper;
using Stockbridge.Storage.Postgres.Infrastructure;
using Stockbridge.Storage.Security;

namespace Stockbridge.Storage.Postgres.Security;

/// <summary>
/// The Data Protection key ring in the database (<c>data_protection_keys</c>), so every node reads and writes the same
/// keys; each key's secret is sealed with the operator key (<see cref="KeyRing"/>), so reading the table is not enough.
/// Used when <see cref="PostgresStoreOptions.KeysDirectory"/> is not set.
/// </summary>
internal sealed class PostgresXmlRepository(PostgresDatabase database, TimeProvider time) : IKeyRingStorage
{
    public string Location => $"table data_protection_keys of {database.Description}";

    public IReadOnlyCollection<XElement> GetAllElements() => [.. ReadNamed().Select(k => k.Element)];

    public IReadOnlyList<(string Name, XElement Element)> ReadNamed()
    {
        using var connection = database.OpenConnection();
        return [.. connection.Query<(string Name, string Xml)>("SELECT name, xml FROM data_protection_keys ORDER BY created_at, name")
            .Select(row => (row.Name, XElement.Parse(row.Xml)))];
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

    public void Replace(string name, XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = database.OpenConnection();
        connection.Execute("UPDATE data_protection_keys SET xml = @Xml WHERE name = @Name",
            new { Name = name, Xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
