using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Compliance;

/// <summary>A fixture for a source (ERP) connector.</summary>
public interface ISourceFixture : IConnectorFixture
{
    /// <summary>Changes one product in the simulator as an ERP user would (price or stock); returns its source_product_code.</summary>
    Task<string> ChangeOneProductAsync();

    /// <summary>An order the source will accept, with this channel order code.</summary>
    Order SampleOrder(string channelOrderCode);

    /// <summary>An order whose only line has a SKU the source does not know.</summary>
    Order OrderWithUnknownSku(string channelOrderCode);
}
