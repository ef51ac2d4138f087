namespace Stockbridge.Connectors.Simulation;

/// <summary>An ERP's simulator, seen from outside the hub: an ERP user, and what the ERP itself holds.</summary>
public interface ISourceSimulator : IRunningSimulator
{
    /// <summary>Codes the ERP will accept on an order: a stocked SKU and an account customer.</summary>
    SourceSampleCodes Samples { get; }

    /// <summary>Changes one product as an ERP user would (its price); returns the product's code.</summary>
    Task<string> ChangeOneProductAsync(CancellationToken cancellationToken);

    /// <summary>Sets a SKU's stock on hand as an ERP user would.</summary>
    Task SetStockAsync(string sku, decimal quantity, CancellationToken cancellationToken);

    /// <summary>Every sales order the ERP holds for this channel order code (more than one means it was raised twice).</summary>
    Task<IReadOnlyList<SourceOrderState>> FindOrdersAsync(string channelOrderCode, CancellationToken cancellationToken);
}
