namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>Wire variants seen on real SYSPRO sites, switchable at run time (POST /admin/quirks).</summary>
public sealed class EnetQuirks
{
    /// <summary>Lower-cases every element name of XML replies (some business objects do this).</summary>
    public bool LowerCaseElements { get; set; }

    /// <summary>Wraps reply bodies in a JSON string, as some e.net versions do.</summary>
    public bool JsonQuotedBody { get; set; }

    /// <summary>A clean SORTOI import replies with StatusOfItems only, with no Order block and so no order number (seen on 8.212).</summary>
    public bool SortoiStatusOnlyReply { get; set; }
}
