namespace Stockbridge.Engine.HostAccess;

/// <summary>An outbound call was refused before connecting: its host is, or resolves to, an address the operator does not allow.</summary>
public sealed class OutboundAddressRefusedException(string message) : IOException(message);
