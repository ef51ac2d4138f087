using Stockbridge.Connectors.Compliance.Tests.Stall;

namespace Stockbridge.Connectors.Compliance.Tests;

/// <summary>
/// The channel compliance suite against a channel without webhooks, fulfilments, reconciliation or an order index: those
/// tests are reported skipped (see <see cref="SkippedCapabilityTests"/>), the rest pass.
/// </summary>
public sealed class StallComplianceTests : ChannelConnectorCompliance<StallModule>;
