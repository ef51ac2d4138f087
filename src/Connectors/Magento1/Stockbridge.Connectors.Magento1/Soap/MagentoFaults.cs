using System.Globalization;
using System.ServiceModel;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Magento1.Soap;

/// <summary>
/// A Magento SOAP fault as the hub's error, saying Magento's code and message: <c>Magento fault 101 on
/// catalogInventoryStockItemUpdate: Product not exists.</c> Fault 5 is a <see cref="MagentoSessionExpiredException"/>; 0 and 1
/// (Magento itself failing) are transient; the rest are permanent and carry the code.
/// </summary>
public static class MagentoFaults
{
    /// <summary>The longest fault message kept (a store's message is outside input).</summary>
    public const int MaxMessageLength = 500;

    /// <summary>The hub's error for a fault Magento answered to <paramref name="operation"/>.</summary>
    public static ConnectorException From(string operation, FaultException fault, bool writes)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var code = Code(fault);
        var text = fault.Reason?.ToString() ?? fault.Message;
        if (text.Length > MaxMessageLength) text = text[..MaxMessageLength] + "…";
        var message = $"Magento fault {code} on {operation}: {text}";
        return int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) switch
        {
            true when number == MagentoFaultCodes.SessionExpired => new MagentoSessionExpiredException(message, fault),
            true when number is MagentoFaultCodes.Unknown or MagentoFaultCodes.Internal => new TransientConnectorException(message, fault, outcomeUnknown: writes),
            _ => new PermanentConnectorException(message, code),
        };
    }

    /// <summary>The fault's code as Magento wrote it: a bare number (or a SOAP code such as <c>Client</c> for a refused envelope).</summary>
    public static string Code(FaultException fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var code = fault.Code;
        while (code?.SubCode is { } sub && code.Name is "Sender" or "Receiver") code = sub;
        return code?.Name is { Length: > 0 } name ? name : "unknown";
    }
}
