using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>One operation of a bulk: a request body for a topic, open (4) until the consumer runs it.</summary>
public sealed class BulkOperation
{
    /// <summary>Its index in the bulk (the request item id).</summary>
    public required int Id { get; init; }
    /// <summary>The topic, e.g. <c>async.magento.catalog.api.productrepositoryinterface.save.put</c>.</summary>
    public required string Topic { get; init; }
    /// <summary>The store code the request came through.</summary>
    public required string StoreCode { get; init; }
    /// <summary>The SKU the route named (<c>products/{sku}</c> through <c>async/V1</c>, or <c>bySku</c> from the body), or null.</summary>
    public string? Sku { get; init; }
    /// <summary>The request body.</summary>
    public required JsonNode Body { get; init; }
    /// <summary>1 complete, 2 failed (retriable), 3 failed (change the input), 4 open, 5 rejected.</summary>
    public int Status { get; set; } = 4;
    /// <summary>The result or error message.</summary>
    public string? ResultMessage { get; set; }
    /// <summary>The error code of a failure.</summary>
    public int? ErrorCode { get; set; }
}
