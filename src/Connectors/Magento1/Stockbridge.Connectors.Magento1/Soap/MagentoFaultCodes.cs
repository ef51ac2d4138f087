namespace Stockbridge.Connectors.Magento1.Soap;

/// <summary>Magento's numeric SOAP fault codes the connector acts on (from OpenMage's <c>api.xml</c> files).</summary>
public static class MagentoFaultCodes
{
    /// <summary>0: unknown error.</summary>
    public const int Unknown = 0;
    /// <summary>1: internal error (Magento failed; retried).</summary>
    public const int Internal = 1;
    /// <summary>2: access denied (bad API user or key, or the role lacks the resource).</summary>
    public const int AccessDenied = 2;
    /// <summary>5: session expired; log in again and re-send.</summary>
    public const int SessionExpired = 5;
    /// <summary>catalog_product and cataloginventory 101: product not exists.</summary>
    public const int ProductNotExists = 101;
    /// <summary>catalog_product 102: invalid data (a duplicate SKU among them).</summary>
    public const int InvalidData = 102;
}
