using System.ServiceModel;
using System.Xml;

namespace Stockbridge.Connectors.Magento1.Soap;

/// <summary>
/// The WCF binding for Magento's SOAP v2 endpoint: SOAP 1.1 over HTTP(S), text encoding, and limits on everything that
/// comes back (a 16 MiB answer, 4 MiB strings, depth 64) so a broken or hostile store cannot exhaust memory.
/// </summary>
public static class MagentoBinding
{
    /// <summary>The largest answer taken.</summary>
    public const int MaxMessageBytes = 16 * 1024 * 1024;

    /// <summary>A binding for <paramref name="endpoint"/> (transport security for https).</summary>
    public static BasicHttpBinding For(Uri endpoint, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new BasicHttpBinding(endpoint.Scheme == Uri.UriSchemeHttps ? BasicHttpSecurityMode.Transport : BasicHttpSecurityMode.None)
        {
            MaxReceivedMessageSize = MaxMessageBytes,
            MaxBufferSize = MaxMessageBytes,
            OpenTimeout = timeout,
            SendTimeout = timeout,
            ReceiveTimeout = timeout,
            CloseTimeout = TimeSpan.FromSeconds(10),
            ReaderQuotas = new XmlDictionaryReaderQuotas
            {
                MaxDepth = 64,
                MaxStringContentLength = 4 * 1024 * 1024,
                MaxArrayLength = MaxMessageBytes,
                MaxBytesPerRead = 64 * 1024,
                MaxNameTableCharCount = 64 * 1024,
            },
        };
    }
}
