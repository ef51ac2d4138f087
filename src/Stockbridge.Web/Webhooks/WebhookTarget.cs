using Stockbridge.Connectors.Webhooks;
using Stockbridge.Storage.Connections;

namespace Stockbridge.Web.Webhooks;

/// <summary>A connection that takes webhooks, with its connector's verifier.</summary>
/// <param name="Connection">The connection.</param>
/// <param name="Verifier">Its connector, as a webhook verifier.</param>
internal sealed record WebhookTarget(ConnectionRecord Connection, ISupportsWebhooks Verifier);
