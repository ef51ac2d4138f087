namespace Stockbridge.Connectors.Syspro.Enet;

/// <summary>How Transaction/Post calls (SORTOI) reach e.net.</summary>
internal enum EnetPostTransport
{
    /// <summary>The WCF service's BasicHttp (SOAP 1.1) binding: the document travels in the body, so any length is taken.</summary>
    Soap,

    /// <summary>The REST binding: a GET with the document in the URL; the host refuses URLs over about 16 KB (414).</summary>
    Rest,
}
