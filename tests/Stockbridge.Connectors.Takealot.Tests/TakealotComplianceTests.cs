using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.Takealot.Tests;

/// <summary>
/// The channel compliance kit against the Takealot simulator. Takealot's titles are its catalogue's (sellers write offers, not
/// products) and its prices are whole rand, rounded down by the connector.
/// </summary>
public sealed class TakealotComplianceTests : ChannelConnectorCompliance<TakealotModule>
{
    /// <inheritdoc />
    protected override bool ChannelShowsPushedTitle => false;

    /// <inheritdoc />
    protected override decimal ShownPrice(decimal pushed) => decimal.Floor(pushed);
}
