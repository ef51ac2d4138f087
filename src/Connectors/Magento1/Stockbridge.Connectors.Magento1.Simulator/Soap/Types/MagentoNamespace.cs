namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>The XML namespace of Magento's SOAP v2 API (<c>urn:{wsdl.name}</c>, with wsdl.name <c>Magento</c>).</summary>
public static class MagentoNamespace
{
    /// <summary>urn:Magento.</summary>
    public const string Urn = "urn:Magento";
}
