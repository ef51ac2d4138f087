using Stockbridge.Connectors.Webhooks;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Inbox;

namespace Stockbridge.Engine.Webhooks;

/// <summary>The events parsed from one stored webhook delivery.</summary>
/// <param name="Connection">The connection it was sent to.</param>
/// <param name="Entry">The inbox entry (raw body and headers).</param>
/// <param name="Events">What the connector made of it.</param>
/// <param name="JobId">The <c>webhook.process</c> job doing this (for audit).</param>
public sealed record WebhookEventBatch(ConnectionRecord Connection, InboxEntry Entry, IReadOnlyList<WebhookEvent> Events, long JobId);
