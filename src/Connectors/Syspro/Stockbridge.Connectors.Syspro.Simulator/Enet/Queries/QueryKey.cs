using System.Xml.Linq;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Queries;

/// <summary>Reads the Query/Key element of a query business object's XmlIn.</summary>
internal static class QueryKey
{
    public static string? Of(XElement request, string name) => request.Child("Key")?.Text(name);
}
