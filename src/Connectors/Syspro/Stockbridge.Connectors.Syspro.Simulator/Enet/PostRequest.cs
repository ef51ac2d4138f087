namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>The parameters of a Transaction/Post, whichever binding carried them (REST query string or SOAP body).</summary>
internal sealed record PostRequest(string UserId, string BusinessObject, string XmlParameters, string XmlIn);
