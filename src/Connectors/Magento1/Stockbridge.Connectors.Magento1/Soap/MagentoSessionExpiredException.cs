using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Magento1.Soap;

/// <summary>Magento's fault 5 "Session expired. Try to relogin.": the gateway logs in again and re-sends; if it comes back again, the call is retried later.</summary>
public sealed class MagentoSessionExpiredException(string message, Exception inner) : TransientConnectorException(message, inner);
