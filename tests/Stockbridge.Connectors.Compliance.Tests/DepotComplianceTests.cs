using Stockbridge.Connectors.Compliance.Tests.Depot;

namespace Stockbridge.Connectors.Compliance.Tests;

/// <summary>The fulfilment compliance suite against an in-memory depot (no fulfilment connector ships yet).</summary>
public sealed class DepotComplianceTests : FulfillmentConnectorCompliance<DepotModule>;
