using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Stockbridge.Storage.Security;

/// <summary>Where a store keeps its Data Protection key ring (a directory or a table), with the one write Data Protection lacks: replacing a key in place.</summary>
public interface IKeyRingStorage : IXmlRepository
{
    /// <summary>Where the ring is, for messages (a directory path or a table name).</summary>
    string Location { get; }

    /// <summary>Every key element with the name it was stored under.</summary>
    IReadOnlyList<(string Name, XElement Element)> ReadNamed();

    /// <summary>Replaces the key stored under <paramref name="name"/> (re-encryption; its id and dates are unchanged).</summary>
    void Replace(string name, XElement element);
}
