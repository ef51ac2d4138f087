namespace Stockbridge.Connectors.Shopify.Products;

/// <summary>The documents of the bulk productSet path (staged upload → bulkOperationRunMutation → poll → results).</summary>
public static class BulkQueries
{
    public const string StagedUpload =
        "mutation StockbridgeStage($input: [StagedUploadInput!]!) { stagedUploadsCreate(input: $input) { stagedTargets { url resourceUrl parameters { name value } } userErrors { field message } } }";

    public const string Run =
        "mutation StockbridgeBulk($m: String!, $path: String!) { bulkOperationRunMutation(mutation: $m, stagedUploadPath: $path, clientIdentifier: \"stockbridge\") { bulkOperation { id status } userErrors { field message code } } }";

    public const string ProductSetPerLine =
        "mutation call($input: ProductSetInput!, $identifier: ProductSetIdentifiers) { productSet(input: $input, identifier: $identifier, synchronous: true) { "
        + "product { id variants(first: 250) { nodes { id sku inventoryItem { id } } } } userErrors { field message code } } }";

    public const string Current = "query StockbridgeBulkStatus { currentBulkOperation(type: MUTATION) { id status errorCode objectCount url partialDataUrl } }";
}
