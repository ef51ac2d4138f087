namespace Stockbridge.Connectors.Manifest;

/// <summary>A default field-mapping table (products, customers or orders) shown on the connector's page.</summary>
/// <param name="Entity">products, customers or orders.</param>
/// <param name="Direction">Which way data flows, e.g. "to Stockbridge" or "to SYSPRO".</param>
/// <param name="Rows">The mappings in display order.</param>
/// <param name="Notes">Free text shown under the table (limits, rules).</param>
public sealed record FieldTable(string Entity, string Direction, IReadOnlyList<FieldMapping> Rows, string? Notes = null);
