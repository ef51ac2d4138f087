namespace Stockbridge.Web.Webhooks;

/// <summary>The intake's queue is full: the sender should retry later (503).</summary>
public sealed class InboxFullException() : Exception("The webhook inbox queue is full; retry later.");
