using System.Reflection;
using System.ServiceModel;
using System.ServiceModel.Channels;
using System.Xml;
using SoapCore;
using SoapCore.Extensibility;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap;

/// <summary>
/// Turns what a handler threw into the fault Magento's PHP SoapServer sends: a bare numeric <c>faultcode</c> (Magento's
/// code) and its message as <c>faultstring</c>. Anything that is not a Magento fault is fault 1 "Internal Error", never a
/// stack trace. A body the serializer cannot read is PHP's <c>SOAP-ENV:Client</c> "SOAP-ERROR: Encoding: …".
/// </summary>
public sealed class MagentoFaultTransformer : IFaultExceptionTransformer
{
    /// <inheritdoc />
    public Message ProvideFault(Exception exception, MessageVersion messageVersion, Message requestMessage, ConcurrentXmlNamespaceLookup xmlNamespaceManager)
    {
        var cause = exception;
        while (cause is TargetInvocationException { InnerException: { } inner }) cause = inner;
        while (cause is AggregateException { InnerException: { } inner }) cause = inner;
        if (cause is XmlException or InvalidOperationException { InnerException: XmlException or FormatException or InvalidOperationException })
            return SoapFaultWriter.Create(messageVersion, "Client", SoapFaultWriter.Soap11Namespace, "SOAP-ERROR: Encoding: " + Innermost(cause).Message);
        var fault = cause as FaultException ?? MagentoFault.Internal();
        return SoapFaultWriter.Create(messageVersion, fault.Code.Name, "", fault.Reason.ToString());
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
