using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.Parcelninja.Tests;

/// <summary>The fulfillment compliance kit against the Parcelninja simulator: what Parcelninja does not declare is reported skipped.</summary>
public sealed class ParcelninjaComplianceTests : FulfillmentConnectorCompliance<ParcelninjaModule>;
