using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Syspro.Database;

namespace Stockbridge.Connectors.Syspro;

public sealed partial class SysproConnector : ISupportsOrderValues
{
    /// <inheritdoc />
    public Task<IReadOnlyList<SourceOrderValue>> ReadOrderValuesAsync(IReadOnlyCollection<string> sourceOrderCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceOrderCodes);
        return new OrderValueReader(Database).ReadAsync(sourceOrderCodes, cancellationToken);
    }
}
